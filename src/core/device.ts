import { z } from "zod";
import { EventId, DeviceId } from "./ids";
import type { StageKind } from "./stage";
import { optionalText } from "./text";

/**
 * Devices that join an event over the hall's network. The facilitator is not a device: the
 * facilitator's own windows and this computer's browser tabs are the room's owner.
 */
export const DeviceRole = z.enum(["notetaker", "participant", "projector"]);
export type DeviceRole = z.infer<typeof DeviceRole>;

/** The roles a QR code can carry (one token each); a typed short code joins as whatever the facilitator approves. */
export const TOKEN_ROLES: readonly DeviceRole[] = ["notetaker", "participant", "projector"];

/** waiting: typed the short code, not yet let in. removed: cut off by the facilitator (or denied); its key no longer works. */
export const DeviceState = z.enum(["waiting", "approved", "removed"]);
export type DeviceState = z.infer<typeof DeviceState>;

export const DEVICE_LABEL_MAX = 40;
export const DeviceLabel = optionalText("The device's name", DEVICE_LABEL_MAX);

/** The roles' names in the room's own words (the facilitator's screens): a device's default name is one and a number. */
export const ROLE_NAMES: Readonly<Record<DeviceRole, string>> = { notetaker: "Note-taker", participant: "Participant", projector: "Projector" };

/** The name a device gets when nobody gave it one: "Participant 3". */
export const defaultDeviceLabel = (role: DeviceRole, n: number): string => `${ROLE_NAMES[role]} ${n}`;

/**
 * The number of a default name ("Participant 3" → 3), so each screen can say it in its own
 * language ("Uczestnik 3"); null for a name someone gave.
 */
export function defaultLabelNumber(label: string, role: DeviceRole): number | null {
  const m = /^(.+) ([1-9]\d{0,5})$/u.exec(label);
  return m && m[1] === ROLE_NAMES[role] ? Number(m[2]) : null;
}

/** A device as the facilitator's join panel lists it. Times are the server's (ISO 8601). */
export const DeviceInfo = z.object({
  id: DeviceId,
  eventId: EventId,
  role: DeviceRole,
  label: z.string(),
  /** The table it joined for, from a table's QR code ("Table 3"); "" when none. */
  table: z.string(),
  state: DeviceState,
  joinedVia: z.enum(["token", "code"]),
  /** The network address it last connected from, so a facilitator can tell two phones apart. */
  address: z.string(),
  createdAt: z.string(),
  lastSeenAt: z.string().nullable(),
  /** Has at least one open connection right now. */
  online: z.boolean(),
  /** The room slowed it down lately (too many commands, or too many connections): when, and why. */
  slowed: z.object({ at: z.string(), reason: z.enum(["commands", "connections"]) }).nullable(),
});
export type DeviceInfo = z.infer<typeof DeviceInfo>;

/** What a device knows about itself (the answer to its hello): never another device's details. */
export const DeviceView = z.object({
  deviceId: DeviceId,
  eventId: EventId,
  role: DeviceRole,
  label: z.string(),
  /** The table it joined for; the room writes it on this device's notes. */
  table: z.string().default(""),
  state: z.enum(["waiting", "approved"]),
});
export type DeviceView = z.infer<typeof DeviceView>;

/**
 * Short codes are typed on phones, read aloud and copied from a projector: six characters
 * from an alphabet without look-alikes (no 0/O, 1/I/L). 31^6 ≈ 887 million codes, and a
 * right code only puts a device on the waiting list: the facilitator still approves it.
 */
export const CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export const CODE_LENGTH = 6;
/** The most a typed code may hold before it is normalised (spaces and dashes between its characters); the code box allows as much. */
export const CODE_TYPED_MAX = 32;

/** "k7f-3qx", "K7F 3QX" → "K7F3QX": case, spaces and dashes do not matter when typing. */
export function normalizeCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]+/g, "");
}

/** "K7F3QX" → "K7F 3QX", easier to read out. */
export function formatCode(code: string): string {
  return `${code.slice(0, 3)} ${code.slice(3)}`;
}

export const ShortCode = z
  .string({ error: "The code must be text" })
  .max(CODE_TYPED_MAX, "That is not a join code")
  .transform(normalizeCode)
  .refine((c) => c.length === CODE_LENGTH && [...c].every((ch) => CODE_ALPHABET.includes(ch)), "A join code is 6 letters and digits, such as K7F 3QX");

/** Stage kinds in which a participant's phone may add notes; the room enforces it, phones show the note box by it. */
export const PARTICIPANT_NOTE_STAGES: ReadonlySet<StageKind> = new Set<StageKind>(["capture"]);
