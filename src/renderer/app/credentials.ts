import { z } from "zod";
import { DeviceView, TableLabel } from "../../core";
import { DeviceKey, JoinToken } from "../../api";

/**
 * What a phone keeps to stay joined across reloads: its own key (made here, 32 random
 * bytes; the room keeps only a hash), until the room has answered once how it joins, and
 * then what the room said it is.
 */
const Credentials = z.object({
  key: DeviceKey,
  join: z
    .union([z.object({ via: z.literal("token"), token: JoinToken, table: TableLabel.optional() }), z.object({ via: z.literal("code"), code: z.string().max(32), label: z.string().max(400) })])
    .optional(),
  /** The room's last word about this device: lets a reload show the phone's screen (and its unsent notes) before the Wi-Fi is back. */
  device: DeviceView.optional(),
});
export type Credentials = z.infer<typeof Credentials>;

const KEY = "hearth.device";
export const OUTBOX_KEY = "hearth.outbox";

export function newDeviceKey(): string {
  const bytes = new Uint8Array(32);
  crypto.getRandomValues(bytes);
  let bin = "";
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

export function loadCredentials(): Credentials | undefined {
  try {
    const raw = localStorage.getItem(KEY);
    if (!raw) return undefined;
    const parsed = Credentials.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export function saveCredentials(c: Credentials): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(c));
  } catch {
    // Private browsing may refuse storage: the phone stays joined until the page closes.
  }
}

export function forgetCredentials(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // Nothing stored.
  }
}

/** Opening a QR link: a new device, unless this phone already opened that very link (a reload, a second scan). */
export function credentialsForToken(token: string, table = "", existing = loadCredentials()): Credentials {
  if (existing?.join?.via === "token" && existing.join.token === token && (existing.join.table ?? "") === table) return existing;
  const parsed = TableLabel.safeParse(table);
  return { key: newDeviceKey(), join: { via: "token", token, ...(parsed.success && parsed.data && { table: parsed.data }) } };
}
