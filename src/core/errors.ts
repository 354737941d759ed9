import { z } from "zod";

export const ErrorCode = z.enum([
  "bad_request", // the message did not parse
  "invalid_input", // parsed, but a field is wrong; the message says which
  "not_found",
  "forbidden",
  "conflict",
  "too_large",
  "unavailable", // storage failed (disk full, read-only); nothing was changed
  "internal",
  "rate_limited", // too many tries from one place (wrong join codes): wait, then try again
  "room_full", // the room serves as many devices as it can hold well: a new one is turned away, and told so
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const HearthError = z.object({ code: ErrorCode, message: z.string() });
export type HearthError = z.infer<typeof HearthError>;

/** Lists zod issues as `path: message`, the way a person can act on them. */
export function describeIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  return issues
    .slice(0, 5)
    .map((i) => (i.path.length ? `${i.path.map(String).join(".")}: ${i.message}` : i.message))
    .join("; ");
}
