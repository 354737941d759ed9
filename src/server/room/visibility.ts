import type { Change, EntityKind, EntityOf, EntityUpsert, Note } from "../../core";
import type { Actor } from "./actor";
import { ballotVisible, paperCountVisible } from "./voting/visibility";

/**
 * What one actor may see of one entity. Every path out of the room (snapshot, backlog on
 * subscribe, live push) goes through here, and each rule is a pure function of (actor,
 * entity), so it holds however actors come to be assigned: a feature that hides something
 * adds its kind to visibleUpsert.
 *
 * Private writing: a note written during a stage with private writing stays hidden from every
 * screen, the facilitator's included (it may be on the projector), until the facilitator
 * reveals it. Screens get a blank stand-in instead, so they can count what is waiting without
 * reading it; the writer's own screen has the note from its command's acknowledgement.
 */
export function visibleNote(_actor: Actor, note: Note): Note {
  if (!note.hidden) return note;
  return { ...note, text: "", table: "", lang: "", author: null, themeId: null, mergedInto: null, position: 0 };
}

/** An upsert as the actor may see it: the same object, a stand-in (private notes), or null (sealed ballots). */
export function visibleUpsert(actor: Actor, upsert: EntityUpsert): EntityUpsert | null {
  switch (upsert.kind) {
    case "ballot":
      return ballotVisible(actor, upsert.value) ? upsert : null;
    case "paperCount":
      return paperCountVisible(actor, upsert.value) ? upsert : null;
    case "note":
      return upsert.value.hidden ? { kind: "note", value: visibleNote(actor, upsert.value) } : upsert;
    case "neighbourhood":
    case "partnership":
    case "priority":
    case "priorityStatus":
    case "themeLink":
    case "actionLink":
    case "progress":
    case "win":
    case "measure":
    case "reading":
    case "experiment":
      // The neighbourhood thread is the facilitator's, and the wall's when it shows the review.
      return actor.role === "facilitator" || actor.role === "projector" ? upsert : null;
    default:
      return upsert;
  }
}

export function visibleTo(actor: Actor, upsert: EntityUpsert): boolean {
  return visibleUpsert(actor, upsert) !== null;
}

/**
 * The parts of each change already cut for some actor, by what happened to each upsert: actors
 * who see the same parts share one object, so the LAN server turns it into JSON once, not once
 * per phone (a dot in a blind round goes to every phone as the same turnout).
 */
const cuts = new WeakMap<Change, Map<string, Change | null>>();

/** The part of a change an actor may see; null when nothing is left of it. */
export function visibleChange(actor: Actor, change: Change): Change | null {
  const seen = change.upserts.map((u) => visibleUpsert(actor, u));
  if (seen.every((v, i) => v === change.upserts[i])) return change;
  // Stand-ins do not depend on the actor, so the pattern of kept / dropped / stood-in is a fair key.
  const key = seen.map((v, i) => (v === null ? "0" : v === change.upserts[i] ? "1" : "s")).join("");
  let byKey = cuts.get(change);
  if (!byKey) cuts.set(change, (byKey = new Map()));
  const cached = byKey.get(key);
  if (cached !== undefined) return cached;
  const upserts = seen.filter((v): v is EntityUpsert => v !== null);
  const cut = upserts.length || change.deletes.length ? { ...change, upserts } : null;
  byKey.set(key, cut);
  return cut;
}

/** The entities of one kind an actor may see, for snapshots. */
export function visibleList<K extends EntityKind>(actor: Actor, kind: K, values: readonly EntityOf<K>[]): EntityOf<K>[] {
  const visible: EntityOf<K>[] = [];
  for (const value of values) {
    const v = visibleUpsert(actor, { kind, value } as EntityUpsert);
    if (v) visible.push(v.value as EntityOf<K>);
  }
  return visible;
}
