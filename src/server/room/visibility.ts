import type { Change, EntityUpsert, Note } from "../../core";
import type { Actor } from "./actor";

/**
 * What a screen may see of an entity. Private writing: a note written during a stage with
 * private writing stays hidden from every screen, the facilitator's included (it may be on
 * the projector), until the facilitator reveals it. Screens get a blank stand-in instead, so
 * they can count what is waiting without reading it; the writer's own screen has the note
 * from its command's acknowledgement, which goes to it alone.
 *
 * A pure function of (actor, entity), so that it holds however actors come to be assigned;
 * every snapshot and every pushed change passes through it.
 */
export function visibleNote(_actor: Actor, note: Note): Note {
  if (!note.hidden) return note;
  return { ...note, text: "", table: "", lang: "", author: null, themeId: null, mergedInto: null, position: 0 };
}

export function visibleUpsert(actor: Actor, upsert: EntityUpsert): EntityUpsert {
  return upsert.kind === "note" ? { kind: "note", value: visibleNote(actor, upsert.value) } : upsert;
}

/** A change as one subscriber may receive it (the same object when nothing in it is private). */
export function visibleChange(actor: Actor, change: Change): Change {
  if (!change.upserts.some((u) => u.kind === "note" && u.value.hidden)) return change;
  return { ...change, upserts: change.upserts.map((u) => visibleUpsert(actor, u)) };
}
