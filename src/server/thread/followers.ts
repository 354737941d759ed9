import type { Database } from "better-sqlite3";
import { ThreadUpsert, type EventId, type FeedChange, type FeedScope, type HearthEvent, type Neighbourhood } from "../../core";
import { getEvent } from "../db/repos/events";
import { neighbourhoodOfEvent, standingNeighbourhood, standingPartnership } from "../db/repos/places";
import { neighbourhoodsShownAt, partnershipMembers } from "./view";
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
    if (event ? eventShows(db, event, n) : eventId === n.id || isPartnershipOf(db, eventId, n)) out.push(eventId);
  }
  return out;
}

/** Whether `id` is a standing partnership that gathers the neighbourhood (its page counts the neighbourhood's priorities). */
function isPartnershipOf(db: ReadonlyDatabase, id: string, n: Neighbourhood): boolean {
  if (standingPartnership(db, id)?.id !== id) return false;
  return partnershipMembers(db, id).members.some((m) => m.id === n.id);
}

/** A neighbourhood's or partnership's own change feed (by its standing id, not a merged spelling's): a page may follow it. */
export const isThreadFeed = (db: ReadonlyDatabase, id: string): boolean => standingNeighbourhood(db, id)?.id === id || standingPartnership(db, id)?.id === id;
