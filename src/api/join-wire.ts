import { z } from "zod";
import { DeviceLabel, DeviceView, ShortCode, TableLabel } from "../core";

/**
 * The frames a device uses to prove who it is, before any call. The proof travels in the
 * first frame on each new socket, never in the URL (URLs end up in logs and histories).
 *
 * A device makes its own key (32 random bytes) and keeps it; the room stores only its hash.
 * A key the room has not seen comes with how to join: the QR's token (in at once) or a
 * typed short code (in once the facilitator approves). Sending the same hello again, after
 * a lost answer or a reload, finds the same device: joining is idempotent.
 */
export const DeviceKey = z.string().regex(/^[A-Za-z0-9_-]{43}$/, "A device key is 43 letters, digits, '-' or '_'");
/** A role token from the QR: 32 random bytes, base64url. */
export const JoinToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/, "That join link is not complete");

export const JoinRequest = z.discriminatedUnion("via", [
  /** `table`: from a table's QR code on the printed sheet; the device's notes carry it. */
  z.strictObject({ via: z.literal("token"), token: JoinToken, table: TableLabel.optional() }),
  z.strictObject({ via: z.literal("code"), code: ShortCode, label: DeviceLabel.default("") }),
]);
export type JoinRequest = z.input<typeof JoinRequest>;

export const HelloFrame = z.strictObject({
  type: z.literal("hello"),
  id: z.number().int().nonnegative(),
  key: DeviceKey,
  join: JoinRequest.optional(),
});
export type HelloFrame = z.infer<typeof HelloFrame>;

/** Keeps a quiet socket honest on flaky Wi-Fi: no answer in time means the connection is dead. */
export const PingFrame = z.strictObject({ type: z.literal("ping"), id: z.number().int().nonnegative() });

export const HandshakeFrame = z.discriminatedUnion("type", [HelloFrame, PingFrame]);
export type HandshakeFrame = z.infer<typeof HandshakeFrame>;

/** Pushed to a device when the facilitator approves, renames or changes it. */
export const DeviceFrame = z.object({ type: z.literal("device"), device: DeviceView });
export type DeviceFrame = z.infer<typeof DeviceFrame>;

/**
 * WebSocket close codes the room uses with devices. REFUSED: the key is unknown, removed or
 * denied, or the code was wrong: do not reconnect with it. RECONNECT: the device's role
 * changed; a new socket gets the new role.
 */
export const CLOSE_REFUSED = 4403;
export const CLOSE_RECONNECT = 4000;
export const CLOSE_NO_HELLO = 4401;
