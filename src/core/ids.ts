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
