import { useEffect, useState } from "react";

/** The screens, addressed by the URL hash so that any tab or window can open any of them. */
export type Route =
  | { name: "events" }
  | { name: "event"; eventId: string }
  | { name: "event-setup"; eventId: string }
  | { name: "projector"; eventId: string }
  | { name: "devices"; eventId: string }
  | { name: "not-found" };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, "") || "/";
  if (path === "/") return { name: "events" };
  const m = /^\/events\/([A-Za-z0-9_-]{8,64})$/.exec(path);
  if (m) return { name: "event", eventId: m[1]! };
  const setup = /^\/events\/([A-Za-z0-9_-]{8,64})\/setup$/.exec(path);
  if (setup) return { name: "event-setup", eventId: setup[1]! };
  const projector = /^\/events\/([A-Za-z0-9_-]{8,64})\/projector$/.exec(path);
  if (projector) return { name: "projector", eventId: projector[1]! };
  const devices = /^\/events\/([A-Za-z0-9_-]{8,64})\/devices$/.exec(path);
  if (devices) return { name: "devices", eventId: devices[1]! };
  return { name: "not-found" };
}

export const hrefFor = (route: Exclude<Route, { name: "not-found" }>): string =>
  route.name === "events"
    ? "#/"
    : route.name === "event-setup"
      ? `#/events/${route.eventId}/setup`
      : route.name === "projector"
        ? `#/events/${route.eventId}/projector`
        : route.name === "devices"
          ? `#/events/${route.eventId}/devices`
          : `#/events/${route.eventId}`;

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
