import type { Change, CollectionKind, EntityOf } from "./change";
import type { HearthEvent } from "./event";
import type { Note } from "./note";

export type Collections = { readonly [K in CollectionKind]: ReadonlyMap<string, EntityOf<K>> };
export type CollectionLists = { readonly [K in CollectionKind]: readonly EntityOf<K>[] };

export const COLLECTIONS: readonly CollectionKind[] = ["stage", "prompt", "note", "theme", "action", "screen", "round", "ballot", "paperCount", "turnout"];

/** One event as a client holds it: a snapshot plus every change folded in, in seq order. */
export interface EventState extends Collections {
  readonly event: HearthEvent;
  /** The last change folded in; changes at or below it are ignored (replays after a reconnect). */
  readonly seq: number;
}

const isCollectionKind = (kind: string): kind is CollectionKind => (COLLECTIONS as readonly string[]).includes(kind);

const byId = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((i) => [i.id, i]));

export function eventState(event: HearthEvent, lists: Partial<CollectionLists>, seq: number): EventState {
  return {
    event,
    seq,
    stage: byId(lists.stage ?? []),
    prompt: byId(lists.prompt ?? []),
    note: byId(lists.note ?? []),
    theme: byId(lists.theme ?? []),
    action: byId(lists.action ?? []),
    screen: byId(lists.screen ?? []),
    round: byId(lists.round ?? []),
    ballot: byId(lists.ballot ?? []),
    paperCount: byId(lists.paperCount ?? []),
    turnout: byId(lists.turnout ?? []),
  };
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
    else if (isCollectionKind(u.kind)) (editable(u.kind) as Map<string, typeof u.value>).set(u.value.id, u.value);
  }
  for (const d of change.deletes) editable(d.kind).delete(d.id);
  return next;
}

/** Notes a screen shows (not deleted, not merged away, not private), in the order the server received them. */
export function notesInOrder(state: EventState): Note[] {
  return [...state.note.values()].filter((n) => !n.deleted && n.mergedInto === null && !n.hidden).sort((a, b) => a.createdSeq - b.createdSeq);
}
