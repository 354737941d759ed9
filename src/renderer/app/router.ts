import { useEffect, useState } from "react";

/**
 * The facilitator's screens, addressed by the URL hash so that any tab or window can open any
 * of them. An event's own pages live at #/events/<id>/<page>; add one to EVENT_PAGES.
 */
const EVENT_PAGES = {
  "event-setup": "setup",
  projector: "projector",
  devices: "devices",
  "table-codes": "table-codes",
  voting: "voting",
  report: "report",
  "about-you": "about-you",
  "privacy-notice": "privacy-notice",
} as const;
type EventPage = keyof typeof EVENT_PAGES;

export type Route =
  | { name: "events" }
  | { name: "actions" }
  | { name: "data" }
  | { name: "hub" }
  | { name: "neighbourhoods" }
  | { name: "neighbourhood"; id: string }
  | { name: "partnership"; id: string }
  | { name: "event"; eventId: string }
  | { name: EventPage; eventId: string }
  | { name: "not-found" };

const PLACE_PATH = /^\/(neighbourhoods|partnerships)\/([A-Za-z0-9_-]{8,64})$/;
const EVENT_PATH = /^\/events\/([A-Za-z0-9_-]{8,64})(?:\/([a-z-]+))?$/;

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, "") || "/";
  if (path === "/") return { name: "events" };
  if (path === "/actions") return { name: "actions" };
  if (path === "/data") return { name: "data" };
  if (path === "/hub") return { name: "hub" };
  if (path === "/neighbourhoods") return { name: "neighbourhoods" };
  const place = PLACE_PATH.exec(path);
  if (place) return { name: place[1] === "neighbourhoods" ? "neighbourhood" : "partnership", id: place[2]! };
  const m = EVENT_PATH.exec(path);
  if (!m) return { name: "not-found" };
  const eventId = m[1]!;
  if (m[2] === undefined) return { name: "event", eventId };
  const page = (Object.keys(EVENT_PAGES) as EventPage[]).find((name) => EVENT_PAGES[name] === m[2]);
  return page ? { name: page, eventId } : { name: "not-found" };
}

export function hrefFor(route: Exclude<Route, { name: "not-found" }>): string {
  if (route.name === "events") return "#/";
  if (route.name === "actions") return "#/actions";
  if (route.name === "data") return "#/data";
  if (route.name === "hub") return "#/hub";
  if (route.name === "neighbourhoods") return "#/neighbourhoods";
  if (route.name === "neighbourhood") return `#/neighbourhoods/${route.id}`;
  if (route.name === "partnership") return `#/partnerships/${route.id}`;
  if (route.name === "event") return `#/events/${route.eventId}`;
  return `#/events/${route.eventId}/${EVENT_PAGES[route.name]}`;
}

export function navigate(route: Exclude<Route, { name: "not-found" }>): void {
  location.hash = hrefFor(route);
}

export function useRoute(): Route {
  return useHashRoute(parseRoute);
}

/** The hash, parsed by `parse`, kept up to date as it changes (the facilitator's routes, the phone's). */
export function useHashRoute<R>(parse: (hash: string) => R): R {
  const [route, setRoute] = useState(() => parse(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parse(location.hash));
    window.addEventListener("hashchange", onChange);
    return () => window.removeEventListener("hashchange", onChange);
  }, [parse]);
  return route;
}
