import { z } from "zod";
import { DeviceInfo, DeviceLabel, DeviceRole, DeviceView, EventId, DeviceId } from "../../core";
import { command, EVERYONE, FACILITATOR_ONLY, query } from "./define";

/** An address of this computer that devices in the hall may reach. */
export const NetworkAddress = z.object({
  address: z.string(),
  family: z.enum(["IPv4", "IPv6"]),
  /** The network interface's name, e.g. "wlan0" or "Wi-Fi". */
  interface: z.string(),
});
export type NetworkAddress = z.infer<typeof NetworkAddress>;

export const LanStatus = z.object({
  /** "off"; "starting"; "on" (listening at url); "failed" (see error); "unavailable" (this way of running Hearth cannot listen on the network). */
  state: z.enum(["off", "starting", "on", "failed", "unavailable"]),
  addresses: z.array(NetworkAddress),
  /** The address listened on (chosen by the facilitator, or the first found). */
  address: z.string().nullable(),
  /** Where devices in the hall open Hearth, e.g. http://192.168.1.5:4180, while on. */
  url: z.string().nullable(),
  error: z.string().nullable(),
});
export type LanStatus = z.infer<typeof LanStatus>;

/** Someone who keeps typing wrong codes: the facilitator is told, and may make new codes. */
export const GuessAlert = z.object({ address: z.string(), wrongTries: z.number().int(), lastAt: z.string(), blocked: z.boolean() });
export type GuessAlert = z.infer<typeof GuessAlert>;

/** Every code attempt paused: too many wrong codes in the last minute from all addresses together. QR tokens still work. */
export const CodesPaused = z.object({ wrongTries: z.number().int(), addresses: z.number().int(), retryAfterSeconds: z.number().int() });
export type CodesPaused = z.infer<typeof CodesPaused>;

/** The room held as many devices as it serves well, and told new ones so. */
export const RoomFull = z.object({ capacity: z.number().int(), online: z.number().int(), turnedAway: z.number().int(), lastAt: z.string() });
export type RoomFull = z.infer<typeof RoomFull>;

export const JoinStatus = z.object({
  lan: LanStatus,
  /**
   * What to show while devices may join. Null when this run of the room does not hold the
   * secrets (after a restart only their hashes are kept): make new ones.
   */
  invite: z
    .object({
      /** One QR token per role: a link is `${lan.url}/#/join/${token}`. */
      tokens: z.object({ notetaker: z.string(), participant: z.string(), projector: z.string() }),
      /** Typed at `${lan.url}/join`; the facilitator approves each device that uses it. */
      code: z.string(),
      issuedAt: z.string(),
    })
    .nullable(),
  devices: z.array(DeviceInfo),
  alerts: z.array(GuessAlert),
  codesPaused: CodesPaused.nullable(),
  /** New devices were turned away because the room was full (null: none yet). */
  roomFull: RoomFull.nullable(),
});
export type JoinStatus = z.infer<typeof JoinStatus>;

/** What the wall shows so people can join: the address to type, the code, and the participants' QR link. */
export const JoinPoster = z.object({ joinUrl: z.string(), code: z.string(), participantLink: z.string() });
export type JoinPoster = z.infer<typeof JoinPoster>;

const EventRef = z.strictObject({ eventId: EventId });
const DeviceRef = z.strictObject({ deviceId: DeviceId });

export const deviceMethods = {
  "join.status": query(EventRef, JoinStatus, FACILITATOR_ONLY),
  /** A few bytes that change when join.status would show something new: polled, so the whole status is fetched only then. */
  "join.digest": query(EventRef, z.string(), FACILITATOR_ONLY),
  /** For the projector: how to join, while devices may join; null otherwise. Never the note-takers' link. */
  "join.poster": query(EventRef, JoinPoster.nullable(), ["facilitator", "projector"]),
  /** "Let devices join": listen on the network (at `address`, or the first one found) and make sure join codes exist. */
  "join.open": command(z.strictObject({ eventId: EventId, address: z.string().max(64).nullable().default(null) }), z.null(), FACILITATOR_ONLY),
  /** Stop listening on the network: every device is cut off until it is opened again (approved devices stay approved). */
  "join.close": command(EventRef, z.null(), FACILITATOR_ONLY),
  /** New QR tokens and code; the old ones stop working. Devices already in stay in. */
  "join.rotate": command(EventRef, z.null(), FACILITATOR_ONLY),
  "devices.approve": command(z.strictObject({ deviceId: DeviceId, role: DeviceRole.default("participant") }), DeviceInfo, FACILITATOR_ONLY),
  "devices.deny": command(DeviceRef, DeviceInfo, FACILITATOR_ONLY),
  "devices.rename": command(z.strictObject({ deviceId: DeviceId, label: DeviceLabel }), DeviceInfo, FACILITATOR_ONLY),
  "devices.setRole": command(z.strictObject({ deviceId: DeviceId, role: DeviceRole }), DeviceInfo, FACILITATOR_ONLY),
  /** Cuts the device off at once: its connections close and its key stops working. */
  "devices.remove": command(DeviceRef, DeviceInfo, FACILITATOR_ONLY),
  /** Who this device is, as the room has it. */
  "devices.me": query(z.strictObject({}), DeviceView.nullable(), EVERYONE),
} as const;
