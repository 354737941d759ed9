import { useHashRoute } from "../../app/router";

/** The phone's screens, addressed by the URL hash like the rest of Hearth. */
export type DeviceRoute = { name: "join-token"; token: string; table: string } | { name: "join-code" } | { name: "device" };

export function parseDeviceRoute(hash: string): DeviceRoute | undefined {
  const path = hash.replace(/^#/, "");
  // A table's QR code (the printed sheet) adds the table: #/join/<token>?table=Table%203
  const m = /^\/join\/([A-Za-z0-9_-]{43})(?:\?table=([^&]*))?$/.exec(path);
  if (m) return { name: "join-token", token: m[1]!, table: decodeTable(m[2] ?? "") };
  if (path === "/join") return { name: "join-code" };
  if (path === "/device") return { name: "device" };
  return undefined;
}

function decodeTable(encoded: string): string {
  try {
    return decodeURIComponent(encoded);
  } catch {
    return "";
  }
}

/** Whether the page is a device's (it then loads the phone app, not the facilitator's). */
export const isDeviceHash = (hash: string): boolean => hash.replace(/^#/, "").startsWith("/join") || parseDeviceRoute(hash) !== undefined;

/** Host names that can only mean this computer, as `location.hostname` gives them (the room's rule, in server/join/this-computer.ts). */
const LOOPBACK_NAMES: ReadonlySet<string> = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);

/**
 * Where a page that is not a device's should go instead of the facilitator's screens, or
 * null when it is the facilitator's: only this computer, by a loopback name (or the desktop
 * app's own window), is the facilitator. Any other page (a phone opening the hall's bare
 * address, a bookmark, a reload) goes to its own screen when it has joined, else to joining.
 */
export function deviceLanding(where: { hostname: string; hash: string; desktopApp: boolean; joined: boolean }): "#/device" | "#/join" | null {
  if (where.desktopApp || LOOPBACK_NAMES.has(where.hostname.toLowerCase()) || isDeviceHash(where.hash)) return null;
  return where.joined ? "#/device" : "#/join";
}

/** Goes to a device screen without leaving the token in the history. */
export function replaceDeviceRoute(route: "join-code" | "device"): void {
  history.replaceState(null, "", `#/${route === "device" ? "device" : "join"}`);
  window.dispatchEvent(new HashChangeEvent("hashchange"));
}

export const useDeviceRoute = (): DeviceRoute | undefined => useHashRoute(parseDeviceRoute);
