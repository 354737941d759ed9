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

/**
 * The parts of each change already cut for some actor, by which upserts were kept: actors who
 * see the same parts share one object, so the LAN server turns it into JSON once, not once per
 * phone (a dot in a blind round goes to every phone as the same turnout).
 */
const cuts = new WeakMap<Change, Map<string, Change | null>>();

/** The part of a change an actor may see; null when nothing is left of it. */
export function visibleChange(actor: Actor, change: Change): Change | null {
  const kept = change.upserts.map((u) => visibleTo(actor, u));
  if (kept.every(Boolean)) return change;
  const key = kept.map((k) => (k ? "1" : "0")).join("");
  let byKey = cuts.get(change);
  if (!byKey) cuts.set(change, (byKey = new Map()));
  const cached = byKey.get(key);
  if (cached !== undefined) return cached;
  const upserts = change.upserts.filter((_, i) => kept[i]);
  const cut = upserts.length || change.deletes.length ? { ...change, upserts } : null;
  byKey.set(key, cut);
  return cut;
}

/** The entities of one kind an actor may see, for snapshots. */
export function visibleList<K extends EntityKind>(actor: Actor, kind: K, values: readonly EntityOf<K>[]): EntityOf<K>[] {
  const visible: EntityOf<K>[] = [];
  for (const value of values) if (visibleTo(actor, { kind, value } as EntityUpsert)) visible.push(value);
  return visible;
}
