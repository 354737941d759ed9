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
 * Ids by kind, branded: a note's id does not pass where a round's is wanted, nor an event's
 * where a theme's is, nor a plain string where any of them is. Parsing (every schema, so
 * everything that arrives over the wire) brands them; `z.input` stays a plain string.
 */
export const NoteId = Id.brand<"NoteId">();
export type NoteId = z.infer<typeof NoteId>;
export const RoundId = Id.brand<"RoundId">();
export type RoundId = z.infer<typeof RoundId>;
export const DeviceId = Id.brand<"DeviceId">();
export type DeviceId = z.infer<typeof DeviceId>;
export const EventId = Id.brand<"EventId">();
export type EventId = z.infer<typeof EventId>;
export const ThemeId = Id.brand<"ThemeId">();
export type ThemeId = z.infer<typeof ThemeId>;
