import type { Database } from "better-sqlite3";
import { describeIssues, type Change } from "../../core";
import { contract, fail, isMethodName, ok, type MethodName, type Result } from "../../api";
import { appendChange, changesSince, nextSeq } from "../db/repos/changes";
import { getEvent } from "../db/repos/events";
import type { Actor } from "./actor";
import { handlers } from "./commands";
import type { CommandHandler, CommandOutcome, QueryHandler } from "./handler";
import { RoomError, storageMessage } from "./room-error";
import { visibleChange } from "./visibility";

export interface CallRequest {
  readonly method: string;
  readonly input: unknown;
  readonly commandId?: string | undefined;
}

export type ChangeListener = (change: Change) => void;

interface Subscriber {
  readonly actor: Actor;
  readonly listener: ChangeListener;
  /** The last change this subscriber was given: each change reaches it once, in order. */
  lastSeq: number;
}

/**
 * The room owns the database. Every write is a command: parsed by its schema, applied in one
 * transaction together with its change-feed entry and its command id, committed, acknowledged,
 * then pushed to every subscriber of its event.
 */
export class Room {
  private readonly subscribers = new Map<string, Set<Subscriber>>();

  constructor(readonly db: Database) {}

  call(actor: Actor, req: CallRequest): Result<unknown> {
    if (!isMethodName(req.method)) return fail("bad_request", `Unknown method "${req.method.slice(0, 64)}".`);
    const def = contract[req.method];
    if (!def.roles.includes(actor.role)) return fail("forbidden", "This device is not allowed to do that.");
    const parsed = def.input.safeParse(req.input);
    if (!parsed.success) return fail("invalid_input", describeIssues(parsed.error.issues));
    try {
      if (def.kind === "query") {
        const handler = handlers[req.method] as unknown as QueryHandler<MethodName>;
        return ok(handler(this.db, parsed.data as never, actor));
      }
      if (!req.commandId) return fail("bad_request", "A command needs a command id.");
      return this.runCommand(actor, req.method, req.commandId, parsed.data);
    } catch (err) {
      return this.failure(err);
    }
  }

  /** Sends the changes after `sinceSeq` at once, then every new one as it is committed. */
  subscribe(actor: Actor, eventId: string, sinceSeq: number, listener: ChangeListener): Result<() => void> {
    if (!getEvent(this.db, eventId)) return fail("not_found", "That event does not exist.");
    const sub: Subscriber = { actor, listener, lastSeq: sinceSeq };
    for (const change of changesSince(this.db, eventId, sinceSeq)) this.deliver(sub, change);
    let set = this.subscribers.get(eventId);
    if (!set) this.subscribers.set(eventId, (set = new Set()));
    set.add(sub);
    return ok(() => {
      set.delete(sub);
      if (set.size === 0 && this.subscribers.get(eventId) === set) this.subscribers.delete(eventId);
    });
  }

  subscriberCount(eventId: string): number {
    return this.subscribers.get(eventId)?.size ?? 0;
  }

  private runCommand(actor: Actor, method: MethodName, commandId: string, input: unknown): Result<unknown> {
    const db = this.db;
    const seen = db
      .prepare(`SELECT result FROM applied_command WHERE actor = ? AND command_id = ?`)
      .get(actor.deviceId, commandId) as { result: string } | undefined;
    if (seen) return ok(JSON.parse(seen.result) as unknown); // a replay: the effect of one

    const handler = handlers[method] as unknown as CommandHandler<MethodName>;
    let change: Change | undefined;
    const outcome = db
      .transaction((): CommandOutcome<unknown> => {
        const seq = nextSeq(db);
        const at = new Date().toISOString();
        const out = handler({ db, actor, seq, at }, input as never);
        const deletes = out.deletes ?? [];
        if (out.upserts.length || deletes.length) {
          change = { seq, eventId: out.eventId, command: method, at, upserts: [...out.upserts], deletes: [...deletes] };
          appendChange(db, change, actor.deviceId);
        }
        db.prepare(`INSERT INTO applied_command (actor, command_id, method, result) VALUES (?, ?, ?, ?)`).run(
          actor.deviceId,
          commandId,
          method,
          JSON.stringify(out.value),
        );
        return out;
      })
      .immediate();
    // Committed (synchronous=FULL): acknowledge first, then push.
    if (change) {
      const c = change;
      queueMicrotask(() => this.push(c));
    }
    return ok(outcome.value);
  }

  private push(change: Change): void {
    const set = this.subscribers.get(change.eventId);
    if (!set) return;
    for (const sub of [...set]) {
      try {
        this.deliver(sub, change);
      } catch {
        set.delete(sub); // a broken subscriber must not stop the others
      }
    }
  }

  private deliver(sub: Subscriber, change: Change): void {
    if (change.seq <= sub.lastSeq) return; // already sent with the backlog
    sub.lastSeq = change.seq;
    sub.listener(visibleChange(sub.actor, change));
  }

  private failure(err: unknown): Result<never> {
    if (err instanceof RoomError) return fail(err.code, err.message);
    const storage = storageMessage(err);
    if (storage) return fail("unavailable", storage);
    console.error("hearth: command failed", err);
    return fail("internal", "Something went wrong inside Hearth; nothing was changed.");
  }
}
