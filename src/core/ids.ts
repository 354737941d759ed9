import { z } from "zod";

/** Ids are chosen by clients (so a retried command is harmless), so they are checked strictly. */
export const Id = z
  .string()
  .min(8, "an id has at least 8 characters")
  .max(64, "an id has at most 64 characters")
  .regex(/^[A-Za-z0-9_-]+$/, "an id uses only letters, digits, '_' and '-'");
export type Id = z.infer<typeof Id>;

/** Server sequence number of the change feed: orders everything (clocks on devices may be wrong). */
export const Seq = z.number().int().nonnegative();
export type Seq = z.infer<typeof Seq>;

/**
 * Ids by kind. Note, round and device ids are branded: a note's id does not pass where a
 * round's is wanted, nor a plain string (an event's id, a theme's) where a note's is.
 * Parsing (every schema, so everything that arrives over the wire) brands them; `z.input`
 * stays a plain string. Event and theme ids are named here but not branded yet.
 */
export const NoteId = Id.brand<"NoteId">();
export type NoteId = z.infer<typeof NoteId>;
export const RoundId = Id.brand<"RoundId">();
export type RoundId = z.infer<typeof RoundId>;
export const DeviceId = Id.brand<"DeviceId">();
export type DeviceId = z.infer<typeof DeviceId>;
export const EventId = Id;
export type EventId = Id;
export const ThemeId = Id;
export type ThemeId = Id;
