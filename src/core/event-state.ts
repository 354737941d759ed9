import { isOnBoard } from "./board-view";
import { COLLECTION_KINDS, type Change, type CollectionKind, type EntityOf } from "./change";
import type { HearthEvent } from "./event";
import type { Note } from "./note";

export type Collections = { readonly [K in CollectionKind]: ReadonlyMap<string, EntityOf<K>> };
export type CollectionLists = { readonly [K in CollectionKind]: readonly EntityOf<K>[] };

/** One event as a client holds it: a snapshot plus every change folded in, in seq order. */
export interface EventState extends Collections {
  readonly event: HearthEvent;
  /** The last change folded in; changes at or below it are ignored (replays after a reconnect). */
  readonly seq: number;
}

const byId = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((i) => [i.id, i]));

export function eventState(event: HearthEvent, lists: Partial<CollectionLists>, seq: number): EventState {
  // One map per kind of COLLECTION_KINDS (change.ts), the one list of what an event holds.
  const collections = Object.fromEntries(COLLECTION_KINDS.map((kind) => [kind, byId<{ id: string }>(lists[kind] ?? [])])) as unknown as Collections;
  return { event, seq, ...collections };
}

export function applyChange(state: EventState, change: Change): EventState {
  if (change.seq <= state.seq || change.eventId !== state.event.id) return state;
  const next: { -readonly [K in keyof EventState]: EventState[K] } = { ...state, seq: change.seq };
  const copied = new Set<CollectionKind>();
  const editable = <K extends CollectionKind>(kind: K): Map<string, EntityOf<K>> => {
    if (!copied.has(kind)) {
      copied.add(kind);
      (next as Record<CollectionKind, unknown>)[kind] = new Map(state[kind] as ReadonlyMap<string, EntityOf<K>>);
    }
    return next[kind] as Map<string, EntityOf<K>>;
  };
  for (const u of change.upserts) {
    if (u.kind === "event") next.event = u.value;
    else (editable(u.kind) as Map<string, typeof u.value>).set(u.value.id, u.value);
  }
  for (const d of change.deletes) editable(d.kind).delete(d.id);
  return next;
}

/** Notes a screen shows (not deleted, not merged away, not private), in the order the server received them. */
export function notesInOrder(state: EventState): Note[] {
  return [...state.note.values()].filter(isOnBoard).sort((a, b) => a.createdSeq - b.createdSeq);
}
