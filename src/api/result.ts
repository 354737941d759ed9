import type { ErrorCode, HearthError } from "../core";

/** Results travel as values, never as thrown errors: `{ok: true, value} | {ok: false, error}`. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: HearthError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string): { ok: false; error: HearthError } => ({
  ok: false,
  error: { code, message },
});
