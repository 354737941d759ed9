import type { Database } from "better-sqlite3";
import { changeFor, describeIssues, feedKey, RELOAD_EVENT, type Change, type EventId, type FeedChange } from "../../core";
import { contract, fail, isMethodName, ok, type MethodName, type Result } from "../../api";
import { appendChange, changesSince, nextSeq } from "../db/repos/changes";
import { appliedResult, recordApplied } from "./applied-commands";
import { getEvent, listEvents, NO_SUCH_EVENT } from "../db/repos/events";
import type { Actor } from "./actor";
import { handlers } from "./commands";
import { scopeOf, type CommandContext, type CommandHandler, type CommandOutcome, type QueryHandler, type TaskHandler } from "./handler";
import { RoomError, storageMessage, takenIdMessage } from "../room-error";
import { JoinDesk } from "../join/desk";
import type { RoomPorts } from "./ports";
import { databaseFor, eventIdOf, OUTSIDE_SCOPE_MESSAGE, outsideScope, scopedDatabase } from "./scope";
import { visibleBacklog, visibleChange } from "./visibility";
import { isThreadFeed, threadFollowers } from "../thread/followers";
import { PacedPushes, type Pace, type PacedSubscriber } from "./paced-pushes";

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
 * then pushed to every subscriber of its event. Tasks (backups, restore) run asynchronously
 * beside it through the data service.
 */
export class Room {
  private readonly subscribers = new Map<EventId, Set<Subscriber>>();
  /** Devices' screens, sent what changed a few times a second (paced-pushes.ts). */
  private readonly paced = new Map<EventId, PacedPushes>();
  private current: Database;
  private given: RoomPorts;

  constructor(db: Database, ports: Partial<RoomPorts> = {}) {
    this.current = db;
    this.given = { ...ports, join: ports.join ?? new JoinDesk(() => this.current) };
  }

  /** What the room reaches beyond its database; the one way to give it more is `provide`. */
  get ports(): RoomPorts {
    return this.given;
  }

  /** Gives the room a port (the data folder, report exports). Kept across a restore: nothing here is tied to one database. */
  provide(more: Omit<Partial<RoomPorts>, "join">): void {
    this.given = { ...this.given, ...more };
  }

  /** The open database. It changes only when a backup is restored (replaceDatabase). */
  get db(): Database {
    return this.current;
  }

  /** Whether a method answers asynchronously (callTask) rather than at once (call). */
  isTask(method: string): boolean {
    return isMethodName(method) && contract[method].kind === "task";
  }

  call(actor: Actor, req: CallRequest): Result<unknown> {
    const checked = this.check(actor, req);
    if (!checked.ok) return checked;
    const { method, input } = checked.value;
    const def = contract[method];
    try {
      if (def.kind === "task") return fail("bad_request", `${method} answers asynchronously.`);
      if (def.kind === "query") {
        const handler = handlers[method] as unknown as QueryHandler<MethodName>;
        return ok(handler(databaseFor(this.db, actor, method), input as never, actor, this.ports));
      }
      if (!req.commandId) return fail("bad_request", "A command needs a command id.");
      // A device gets a fair share of the room: a command rate fit for a person.
      const tooFast = actor.eventId === undefined ? undefined : this.ports.join.tooFast(actor.deviceId);
      if (tooFast) return fail("rate_limited", tooFast);
      const handler = handlers[method] as unknown as CommandHandler<MethodName>;
      return ok(this.commit(actor, method, req.commandId, (ctx) => handler(ctx, input as never)));
    } catch (err) {
      return this.failure(err);
    }
  }

  /** A task: work on the data folder that takes time (a backup, a restore). */
  async callTask(actor: Actor, req: CallRequest): Promise<Result<unknown>> {
    const checked = this.check(actor, req);
    if (!checked.ok) return checked;
    const { method, input } = checked.value;
    if (contract[method].kind !== "task") return this.call(actor, req);
    const data = this.ports.data;
    if (!data) return fail("unavailable", "Backups are not set up for this room.");
    try {
      const handler = handlers[method] as unknown as TaskHandler<MethodName>;
      return ok(await handler({ actor, data, ports: this.ports }, input as never));
    } catch (err) {
      return this.failure(err);
    }
  }

  /** A change the room makes itself (retention), recorded and pushed like a command's. */
  runSystem(command: string, fn: (ctx: CommandContext) => CommandOutcome<unknown>): void {
    this.commit({ deviceId: "hearth", role: "facilitator" }, command, undefined, fn);
  }

  /**
   * Sends the changes after `sinceSeq` at once, then every new one as it is committed; with a
   * `pace` (a device's socket), what changed a few times a second instead, merged.
   */
  subscribe(actor: Actor, eventId: EventId, sinceSeq: number, listener: ChangeListener, pace?: Pace): Result<() => void> {
    if (outsideScope(actor, eventId)) return fail("forbidden", OUTSIDE_SCOPE_MESSAGE);
    // A neighbourhood's or partnership's own feed (its page follows it) is the facilitator's alone.
    if (!getEvent(this.db, eventId) && !(actor.role === "facilitator" && actor.eventId === undefined && isThreadFeed(this.db, eventId)))
      return fail("not_found", NO_SUCH_EVENT);
    const backlog = changesSince(this.db, eventId, sinceSeq);
    for (const change of visibleBacklog(actor, backlog)) listener(change);
    const lastSeq = backlog.at(-1)?.seq ?? sinceSeq;
    if (pace) return ok(this.subscribePaced(eventId, { actor, listener, pace, lastSeq }));
    const sub: Subscriber = { actor, listener, lastSeq };
    let set = this.subscribers.get(eventId);
    if (!set) this.subscribers.set(eventId, (set = new Set()));
    set.add(sub);
    return ok(() => {
      set.delete(sub);
      if (set.size === 0 && this.subscribers.get(eventId) === set) this.subscribers.delete(eventId);
    });
  }

  subscriberCount(eventId: EventId): number {
    return (this.subscribers.get(eventId)?.size ?? 0) + (this.paced.get(eventId)?.size ?? 0);
  }

  private subscribePaced(eventId: EventId, sub: PacedSubscriber): () => void {
    let pushes = this.paced.get(eventId);
    if (!pushes) this.paced.set(eventId, (pushes = new PacedPushes(() => this.db, eventId)));
    pushes.add(sub);
    return () => {
      pushes.remove(sub);
      if (pushes.size === 0 && this.paced.get(eventId) === pushes) this.paced.delete(eventId);
    };
  }

  /**
   * Swaps in another database (a restored backup) under the running room. The caller has
   * closed the old one and raised the new one's sequence floor above every number handed
   * out. Each event gets a recorded RELOAD_EVENT change (so a screen that reconnects later
   * catches it too), and every screen following an event, including one the backup does not
   * have, is told to load it afresh.
   */
  replaceDatabase(next: Database): void {
    this.current = next;
    const at = new Date().toISOString();
    const recorded = new Map<EventId, FeedChange>();
    next
      .transaction(() => {
        for (const event of listEvents(next)) {
          const change: FeedChange = { seq: nextSeq(next), scope: { kind: "event", eventId: event.id }, command: RELOAD_EVENT, at, upserts: [{ kind: "event", value: event }], deletes: [] };
          appendChange(next, change, "hearth");
          recorded.set(event.id, change);
        }
      })
      .immediate();
    const seq = nextSeq(next);
    for (const eventId of new Set([...this.subscribers.keys(), ...this.paced.keys()])) {
      this.push(recorded.get(eventId) ?? { seq, scope: { kind: "event", eventId }, command: RELOAD_EVENT, at, upserts: [], deletes: [] });
    }
  }

  private check(actor: Actor, req: CallRequest): Result<{ method: MethodName; input: unknown }> {
    if (!isMethodName(req.method)) return fail("bad_request", `Unknown method "${req.method.slice(0, 64)}".`);
    const def = contract[req.method];
    if (!def.roles.includes(actor.role)) return fail("forbidden", "This device is not allowed to do that.");
    const parsed = def.input.safeParse(req.input);
    if (!parsed.success) return fail("invalid_input", describeIssues(parsed.error.issues));
    if (outsideScope(actor, eventIdOf(parsed.data))) return fail("forbidden", OUTSIDE_SCOPE_MESSAGE);
    return ok({ method: req.method, input: parsed.data });
  }

  /** One transaction: the handler, its change, its command record; then acknowledge, then push. */
  private commit(actor: Actor, method: string, commandId: string | undefined, run: (ctx: CommandContext) => CommandOutcome<unknown>): unknown {
    const db = this.db;
    if (commandId !== undefined) {
      const seen = appliedResult(db, actor.deviceId, commandId, method);
      // The same id for another method is not a replay but a client's mistake: refused, nothing changes.
      if (seen && seen.method !== method) throw new RoomError("conflict", `That command id was already used for ${seen.method}, so this ${method} was not applied. Send it with a new id.`);
      if (seen) return seen.result; // a replay: the effect of one
    }
    let change: FeedChange | undefined;
    let seq = 0;
    let at = "";
    const outcome = db
      .transaction((): CommandOutcome<unknown> => {
        seq = nextSeq(db);
        at = new Date().toISOString();
        const out = run({ db: scopedDatabase(db, actor), actor, seq, at, ports: this.ports });
        const scope = scopeOf(out);
        // A device writes only in its own event's feed; the thread's and the room's own records are the facilitator's.
        if (scope?.kind === "event" ? outsideScope(actor, scope.eventId) : actor.eventId !== undefined) throw new RoomError("forbidden", OUTSIDE_SCOPE_MESSAGE);
        const deletes = out.deletes ?? [];
        if (scope && (out.upserts.length || deletes.length)) {
          change = { seq, scope, command: method, at, upserts: [...out.upserts], deletes: [...deletes] };
          appendChange(db, change, actor.deviceId);
        }
        if (commandId !== undefined) {
          recordApplied(db, actor.deviceId, commandId, method, out.value, scope && feedKey(scope), out.upserts);
        }
        return out;
      })
      .immediate();
    // Committed (synchronous=FULL): acknowledge first, then effects outside the database, then push.
    if (outcome.purge) db.pragma("wal_checkpoint(TRUNCATE)");
    const reloaded = outcome.reload ? scopeOf(outcome) : undefined;
    const pushed: FeedChange | undefined = reloaded ? { seq, scope: reloaded, command: RELOAD_EVENT, at, upserts: [], deletes: [] } : change;
    const after = outcome.after;
    if (pushed || after) {
      queueMicrotask(() => {
        try {
          after?.();
        } catch (err) {
          console.error("hearth: an effect after a command failed", err); // committed all the same
        }
        if (pushed) this.push(pushed);
      });
    }
    return outcome.value;
  }

  /**
   * To the screens following the change's event; a thread change also to those of the events that show its
   * neighbourhood (a partnership meeting's wall) and to its own and its partnership's pages.
   */
  private push(change: FeedChange): void {
    if (change.scope.kind === "event") this.pushTo(changeFor(change, change.scope.eventId));
    if ((this.subscribers.size === 0 && this.paced.size === 0) || !this.db.open) return;
    const following = new Set([...this.subscribers.keys(), ...this.paced.keys()]);
    for (const eventId of threadFollowers(this.db, change, following)) this.pushTo(changeFor(change, eventId));
  }

  private pushTo(change: Change): void {
    this.paced.get(change.eventId)?.push(change);
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
    const visible = visibleChange(sub.actor, change);
    if (visible) sub.listener(visible);
  }

  private failure(err: unknown): Result<never> {
    if (err instanceof RoomError) return fail(err.code, err.message);
    const taken = takenIdMessage(err);
    if (taken) return fail("conflict", taken);
    const storage = storageMessage(err);
    if (storage) return fail("unavailable", storage);
    console.error("hearth: command failed", err);
    return fail("internal", "Something went wrong inside Hearth; nothing was changed.");
  }
}
