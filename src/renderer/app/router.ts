import { useEffect, useState } from "react";

/** The screens, addressed by the URL hash so that any tab or window can open any of them. */
export type Route = { name: "events" } | { name: "event"; eventId: string } | { name: "data" } | { name: "not-found" };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, "") || "/";
  if (path === "/") return { name: "events" };
  if (path === "/data") return { name: "data" };
  const m = /^\/events\/([A-Za-z0-9_-]{8,64})$/.exec(path);
  if (m) return { name: "event", eventId: m[1]! };
  return { name: "not-found" };
}

export const hrefFor = (route: Exclude<Route, { name: "not-found" }>): string =>
  route.name === "events" ? "#/" : route.name === "data" ? "#/data" : `#/events/${route.eventId}`;

export function navigate(route: Exclude<Route, { name: "not-found" }>): void {
  location.hash = hrefFor(route);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(location.hash));
    window.addEventListener("hashchange", onChange);
    return () => window.removeEventListener("hashchange", onChange);
  }, []);
  return route;
}
