import type { Database } from "better-sqlite3";
import { ThreadUpsert, type EventId, type FeedChange, type FeedScope, type HearthEvent, type Neighbourhood } from "../../core";
import { getEvent } from "../db/repos/events";
import { neighbourhoodOfEvent, standingNeighbourhood } from "../db/repos/places";
import { neighbourhoodsShownAt } from "./view";
import type { ReadonlyDatabase } from "../db/prepared";

const THREAD_KINDS: ReadonlySet<string> = new Set(ThreadUpsert.options.map((o) => o.shape.kind.value));

/** The neighbourhood a thread change is about: its feed is the neighbourhood's own, or an event's (progress lines). */
function neighbourhoodOf(db: ReadonlyDatabase, scope: FeedScope): Neighbourhood | undefined {
  if (scope.kind === "place") return standingNeighbourhood(db, scope.placeId);
  const event = getEvent(db, scope.eventId);
  return event ? neighbourhoodOfEvent(db, event) : undefined;
}

/** Whether an event shows this neighbourhood's thread: it is the neighbourhood's, or its partnership's. */
export const eventShows = (db: ReadonlyDatabase, event: HearthEvent, n: Neighbourhood): boolean => neighbourhoodsShownAt(db, event).some((m) => m.id === n.id);

/**
 * The other events whose screens should hear of a thread change at once (a partnership
 * meeting's wall showing the priorities): among `subscribed`, those that show its
 * neighbourhood. Nothing for changes that carry no thread records.
 */
export function threadFollowers(db: ReadonlyDatabase, change: FeedChange, subscribed: Iterable<EventId>): EventId[] {
  if (!change.upserts.some((u) => THREAD_KINDS.has(u.kind))) return [];
  const n = neighbourhoodOf(db, change.scope);
  if (!n) return [];
  const out: EventId[] = [];
  for (const eventId of subscribed) {
    if (change.scope.kind === "event" && eventId === change.scope.eventId) continue;
    const event = getEvent(db, eventId);
    if (event && eventShows(db, event, n)) out.push(eventId);
  }
  return out;
}
