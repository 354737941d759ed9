import { z } from "zod";
import { Change, HearthError, Id, MAX_FRAME_BYTES, Seq, EventId } from "../core";

/** Frames over WebSocket and IPC. Every frame arriving from outside is parsed by these first. */
export { MAX_FRAME_BYTES };

export const CallFrame = z.strictObject({
  type: z.literal("call"),
  /** The caller's request number, echoed in the result. */
  id: z.number().int().nonnegative(),
  method: z.string().max(64),
  input: z.unknown(),
  /** Required for commands: a retry with the same id has the effect of one. */
  commandId: Id.optional(),
});
export type CallFrame = z.infer<typeof CallFrame>;

export const SubscribeFrame = z.strictObject({
  type: z.literal("subscribe"),
  id: z.number().int().nonnegative(),
  eventId: EventId,
  /** Changes after this sequence number are sent first, then live ones. */
  sinceSeq: Seq,
});
export const UnsubscribeFrame = z.strictObject({
  type: z.literal("unsubscribe"),
  id: z.number().int().nonnegative(),
  eventId: EventId,
});

export const ClientFrame = z.discriminatedUnion("type", [CallFrame, SubscribeFrame, UnsubscribeFrame]);
export type ClientFrame = z.infer<typeof ClientFrame>;

export const ResultFrame = z.object({
  type: z.literal("result"),
  id: z.number().int().nonnegative().nullable(),
  result: z.union([z.object({ ok: z.literal(true), value: z.unknown() }), z.object({ ok: z.literal(false), error: HearthError })]),
});
export type ResultFrame = z.infer<typeof ResultFrame>;

export const ChangeFrame = z.object({ type: z.literal("change"), change: Change });
export type ChangeFrame = z.infer<typeof ChangeFrame>;

export const ServerFrame = z.discriminatedUnion("type", [ResultFrame, ChangeFrame]);
export type ServerFrame = z.infer<typeof ServerFrame>;

/** What the Electron preload exposes as `window.hearth`, and nothing more. */
export interface HearthBridge {
  /** Sends one client frame; resolves with the room's result frame. */
  send(frame: ClientFrame): Promise<unknown>;
  /** Registers a listener for pushed frames; returns a function that removes it. */
  onPush(listener: (frame: unknown) => void): () => void;
}
