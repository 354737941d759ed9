import type { Database } from "better-sqlite3";
import { RELOAD_EVENT, type Change, type EntityDelete, type EntityUpsert, type EventId } from "../../core";
import { changesSince } from "../db/repos/changes";
import type { Actor } from "./actor";
import { visibleBacklog, visibleChange } from "./visibility";

/** A device's screen is sent what changed at most this often: a dot is not pushed to every phone as it lands. */
export const DEVICE_PUSH_MS = 200;

/** How a screen's socket is doing: while it is busy (its unsent bytes pile up) it falls behind, then catches up from the change feed. */
export interface Pace {
  readonly busy: () => boolean;
}

export interface PacedSubscriber {
  readonly actor: Actor;
  readonly listener: (change: Change) => void;
  readonly pace: Pace;
  /** The last change this screen was given (or caught up to). */
  lastSeq: number;
}

const keyOf = (kind: string, id: string) => `${kind}:${id}`;

/** Changes in order, as one: each entity as it is after the last of them (superseded versions are not sent). */
export function mergeChanges(changes: readonly Change[]): Change | undefined {
  const last = changes.at(-1);
  if (!last || changes.length === 1) return last;
  const upserts = new Map<string, EntityUpsert>();
  const deletes = new Map<string, EntityDelete>();
  for (const change of changes) {
    for (const u of change.upserts) {
      const key = keyOf(u.kind, u.value.id);
      deletes.delete(key);
      upserts.delete(key);
      upserts.set(key, u);
    }
    for (const d of change.deletes) {
      const key = keyOf(d.kind, d.id);
      upserts.delete(key);
      deletes.set(key, d);
    }
  }
  return { ...last, upserts: [...upserts.values()], deletes: [...deletes.values()] };
}

/**
 * The devices following one event. Changes wait here for up to DEVICE_PUSH_MS and go out
 * merged, cut once per visibility pattern (visibleChange shares the cuts, so the LAN server
 * turns each into JSON once). A screen whose socket is busy is skipped and, once it drains,
 * catches up from the change feed: a slow phone never holds the room.
 */
export class PacedPushes {
  private readonly subs = new Set<PacedSubscriber>();
  private batch: Change[] = [];
  /** The last change of this event given to the screens that kept up. */
  private lastPushed = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly db: () => Database,
    private readonly eventId: EventId,
  ) {}

  get size(): number {
    return this.subs.size;
  }

  add(sub: PacedSubscriber): void {
    this.subs.add(sub);
  }

  remove(sub: PacedSubscriber): void {
    this.subs.delete(sub);
    if (this.subs.size === 0) this.stop();
  }

  push(change: Change): void {
    if (change.command !== RELOAD_EVENT) {
      this.batch.push(change);
      this.schedule();
      return;
    }
    // A restored backup: every screen loads the event afresh, at once, whatever was waiting.
    this.batch = [];
    this.lastPushed = change.seq;
    for (const sub of [...this.subs]) {
      sub.lastSeq = Math.max(sub.lastSeq, change.seq);
      this.give(sub, visibleChange(sub.actor, change));
    }
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.batch = [];
  }

  private schedule(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => this.flush(), DEVICE_PUSH_MS);
    this.timer.unref();
  }

  private flush(): void {
    this.timer = undefined;
    const batch = this.batch;
    this.batch = [];
    const before = this.lastPushed;
    const merged = mergeChanges(batch);
    const first = batch[0]?.seq ?? Infinity;
    if (merged) this.lastPushed = merged.seq;
    let behind = false;
    for (const sub of [...this.subs]) {
      if (sub.lastSeq >= this.lastPushed) continue;
      if (sub.pace.busy()) {
        behind = true;
        continue;
      }
      if (merged && sub.lastSeq >= before && sub.lastSeq < first) {
        sub.lastSeq = merged.seq;
        this.give(sub, visibleChange(sub.actor, merged));
      } else this.catchUp(sub);
    }
    if (behind) this.schedule();
  }

  /** A screen that fell behind (or subscribed while changes waited): what it missed, from the change feed, as one change. */
  private catchUp(sub: PacedSubscriber): void {
    const missed = changesSince(this.db(), this.eventId, sub.lastSeq);
    const last = missed.at(-1);
    if (!last) return;
    sub.lastSeq = last.seq;
    this.give(sub, mergeChanges(visibleBacklog(sub.actor, missed)) ?? null);
  }

  private give(sub: PacedSubscriber, change: Change | null): void {
    if (!change) return;
    try {
      sub.listener(change);
    } catch {
      this.subs.delete(sub); // a broken screen must not stop the others
    }
  }
}
