import { z } from "zod";
import { HearthError, type ErrorCode } from "../core";

/** Results travel as values, never as thrown errors: `{ok: true, value} | {ok: false, error}`. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: HearthError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string): { ok: false; error: HearthError } => ({
  ok: false,
  error: { code, message },
});

export function resultOf<T extends z.ZodType>(value: T) {
  return z.union([
    z.object({ ok: z.literal(true), value }),
    z.object({ ok: z.literal(false), error: HearthError }),
  ]);
}
