import { RELOAD_EVENT, type Change, type EntityKind, type EntityOf, type EntityUpsert, type Note } from "../../core";
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
export function visibleNote(actor: Actor, note: Note): Note {
  if (note.hidden) return { ...note, text: "", table: "", lang: "", author: null, themeId: null, mergedInto: null, position: 0 };
  // Need to know: a deleted note is gone from every device's screen, so its words are too.
  if (note.deleted && onDevice(actor)) return { ...note, text: "", table: "", lang: "", author: null };
  return note;
}

/** Phones, note-takers and projectors: screens that show part of the event, never the facilitator's. */
function onDevice(actor: Actor): boolean {
  return actor.role !== "facilitator";
}

/** An upsert as the actor may see it: the same object, a stand-in (private notes), or null (sealed ballots). */
export function visibleUpsert(actor: Actor, upsert: EntityUpsert): EntityUpsert | null {
  switch (upsert.kind) {
    case "ballot":
      return ballotVisible(actor, upsert.value) ? upsert : null;
    case "paperCount":
      return paperCountVisible(actor, upsert.value) ? upsert : null;
    case "note": {
      const seen = visibleNote(actor, upsert.value);
      return seen === upsert.value ? upsert : { kind: "note", value: seen };
    }
    case "action":
      // Actions (with their owners' names) are on the facilitator's pages and in the report, on no device's screen.
      return onDevice(actor) ? null : upsert;
    case "monitoringTally":
      // "About you" counts are the facilitator's: never on a phone or the wall.
      return actor.role === "facilitator" ? upsert : null;
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
  // A stand-in depends only on the entity and on whether the actor is a device (which changes the
  // pattern: a deleted note is kept for the facilitator, stood in for devices), so the pattern is a fair key.
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

/**
 * The backlog a screen catches up on (subscribe with `sinceSeq`), as the actor may see it. A
 * device gets each entity as it is now, not the text it had before an edit or a delete: an
 * upsert that a later change in the backlog replaces (or deletes) is left out.
 */
export function visibleBacklog(actor: Actor, changes: readonly Change[]): Change[] {
  const latest = new Map<string, number>();
  if (onDevice(actor)) {
    for (const c of changes) {
      for (const u of c.upserts) latest.set(`${u.kind}:${u.value.id}`, c.seq);
      for (const d of c.deletes) latest.set(`${d.kind}:${d.id}`, c.seq);
    }
  }
  const out: Change[] = [];
  for (const change of changes) {
    const current = latest.size && change.command !== RELOAD_EVENT ? change.upserts.filter((u) => latest.get(`${u.kind}:${u.value.id}`) === change.seq) : change.upserts;
    if (current.length === 0 && change.deletes.length === 0 && change.upserts.length > 0) continue;
    const seen = visibleChange(actor, current.length === change.upserts.length ? change : { ...change, upserts: current });
    if (seen) out.push(seen);
  }
  return out;
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
