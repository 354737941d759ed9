import type { Change, EntityKind, EntityOf, EntityUpsert } from "../../core";
import type { Actor } from "./actor";
import { ballotVisible, paperCountVisible } from "./voting/visibility";

/**
 * What one actor may see of one entity. Every path out of the room (snapshot, backlog on
 * subscribe, live push) goes through here, and each rule is a pure function of (actor,
 * entity): a feature that hides something adds its kind to this switch.
 */
export function visibleTo(actor: Actor, upsert: EntityUpsert): boolean {
  switch (upsert.kind) {
    case "ballot":
      return ballotVisible(actor, upsert.value);
    case "paperCount":
      return paperCountVisible(actor, upsert.value);
    default:
      return true;
  }
}

/** The part of a change an actor may see; null when nothing is left of it. */
export function visibleChange(actor: Actor, change: Change): Change | null {
  if (change.upserts.every((u) => visibleTo(actor, u))) return change;
  const upserts = change.upserts.filter((u) => visibleTo(actor, u));
  return upserts.length || change.deletes.length ? { ...change, upserts } : null;
}

/** The entities of one kind an actor may see, for snapshots. */
export function visibleList<K extends EntityKind>(actor: Actor, kind: K, values: readonly EntityOf<K>[]): EntityOf<K>[] {
  const visible: EntityOf<K>[] = [];
  for (const value of values) if (visibleTo(actor, { kind, value } as EntityUpsert)) visible.push(value);
  return visible;
}
