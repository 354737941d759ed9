import type { z } from "zod";

export type Role = "facilitator" | "notetaker" | "participant" | "projector";

export interface MethodDef<K extends "query" | "command" | "task", I extends z.ZodType, O extends z.ZodType> {
  readonly kind: K;
  readonly input: I;
  readonly output: O;
  /** Who may call it; the server decides the caller's role, never the client. */
  readonly roles: readonly Role[];
  /**
   * A view of a neighbourhood's thread, which spans its events by design (a meeting's wall shows
   * priorities adopted at earlier events): it reads the whole database, not only the rows of the
   * caller's event, and answers only for that event's neighbourhoods (src/server/room/scope.ts).
   */
  readonly threadView?: true;
}

/** A read: no change to the room. */
export const query = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O, roles: readonly Role[], options: { threadView?: true } = {}): MethodDef<"query", I, O> => ({
  kind: "query",
  input,
  output,
  roles,
  ...options,
});

/** A write: carries a client-chosen command id, so a retry after a dropped connection has the effect of one. */
export const command = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O, roles: readonly Role[]): MethodDef<"command", I, O> => ({
  kind: "command",
  input,
  output,
  roles,
});

export const EVERYONE: readonly Role[] = ["facilitator", "notetaker", "participant", "projector"];
export const FACILITATOR_ONLY: readonly Role[] = ["facilitator"];
export const NOTE_WRITERS: readonly Role[] = ["facilitator", "notetaker"];

/**
 * Work on the data folder itself (backups, restore) that takes time and is not an event's
 * change: answered asynchronously, recorded in no feed, and never retried by the transport
 * with a command id (each is safe to repeat: a second backup is just another backup).
 */
export const task = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O, roles: readonly Role[]): MethodDef<"task", I, O> => ({
  kind: "task",
  input,
  output,
  roles,
});
