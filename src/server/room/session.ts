import { describeIssues } from "../../core";
import { ClientFrame, fail, type ChangeFrame, type ResultFrame } from "../../api";
import type { Actor } from "./actor";
import type { Pace } from "./paced-pushes";
import type { Room } from "./room";

/**
 * One connected screen (an Electron window or a browser over WebSocket): parses each frame
 * it sends, calls the room as its actor, and forwards the changes it subscribed to.
 */
export class Session {
  private readonly unsubscribes = new Map<string, () => void>();

  constructor(
    private readonly room: Room,
    private readonly actor: Actor,
    private readonly push: (frame: ChangeFrame) => void,
    /** A device's socket: changes come paced, and wait while it is busy. */
    private readonly pace?: Pace,
  ) {}

  /** The result of one frame: at once, or (for a task such as a backup) when the work is done. */
  handle(raw: unknown): ResultFrame | Promise<ResultFrame> {
    const parsed = ClientFrame.safeParse(raw);
    if (!parsed.success) {
      const id = requestId(raw);
      return { type: "result", id, result: fail("bad_request", `Unreadable message: ${describeIssues(parsed.error.issues)}`) };
    }
    const frame = parsed.data;
    switch (frame.type) {
      case "call":
        if (this.room.isTask(frame.method)) {
          return this.room.callTask(this.actor, frame).then((result): ResultFrame => ({ type: "result", id: frame.id, result }));
        }
        return { type: "result", id: frame.id, result: this.room.call(this.actor, frame) };
      case "subscribe": {
        this.unsubscribes.get(frame.eventId)?.();
        const sub = this.room.subscribe(this.actor, frame.eventId, frame.sinceSeq, (change) => this.push({ type: "change", change }), this.pace);
        if (!sub.ok) return { type: "result", id: frame.id, result: sub };
        this.unsubscribes.set(frame.eventId, sub.value);
        return { type: "result", id: frame.id, result: { ok: true, value: null } };
      }
      case "unsubscribe":
        this.unsubscribes.get(frame.eventId)?.();
        this.unsubscribes.delete(frame.eventId);
        return { type: "result", id: frame.id, result: { ok: true, value: null } };
    }
  }

  close(): void {
    for (const u of this.unsubscribes.values()) u();
    this.unsubscribes.clear();
  }
}

/** The request number of a frame that did not parse, when it has a usable one, so the caller can match the error. */
export function requestId(raw: unknown): number | null {
  if (typeof raw !== "object" || raw === null || !Object.hasOwn(raw, "id")) return null;
  const id = (raw as { id: unknown }).id;
  return typeof id === "number" && Number.isSafeInteger(id) && id >= 0 ? id : null;
}
