import { changedFields, IMPORT_MAX_NOTES, mergedPlacement, NOTE_FIELDS, positionBetween, type Note, type Theme } from "../../../core";
import { importParts } from "../../db/repos/note-import";
import { devices } from "../../db/repos/devices";
import { notes } from "../../db/repos/notes";
import { themes } from "../../db/repos/themes";
import type { HandlersOf } from "../handler";
import { RoomError } from "../../room-error";
import { assertMayAddNote } from "../permissions";
import { authorFor, boardNote, boardOutcome, liveTheme, nextThemePosition, noteOf, requirePrompt, saveNote, writingIsPrivate } from "./support/board-support";
import { requireEvent } from "../../db/repos/events";

const DAY_MS = 24 * 60 * 60 * 1000;

type NoteMethods = "notes.add" | "notes.edit" | "notes.delete" | "notes.move" | "notes.merge" | "notes.unmerge" | "notes.reveal" | "notes.importPart" | "notes.import";

/**
 * Notes: adding one; editing, deleting and sorting them; merging duplicates; revealing private
 * writing; many at once (lines pasted into the note box, or a CSV typed up from paper).
 */
export const noteHandlers: HandlersOf<NoteMethods> = {
  "notes.add": ({ db, seq, actor }, input) => {
    const event = requireEvent(db, input.eventId);
    assertMayAddNote(db, actor, event.id, event.currentStageId, input.promptId);
    const existing = notes.get(db, input.id);
    if (existing) {
      // The same note sent again by the device that wrote it gets its note back; any other
      // taken id gets one answer, whatever the text, so nobody can probe a hidden note by guessing.
      const again = existing.eventId === input.eventId && existing.text === input.text && notes.authorDevice(db, existing.id) === actor.deviceId;
      if (again) return { value: existing, eventId: existing.eventId, upserts: [] };
      throw new RoomError("conflict", "A different note already has that id.");
    }
    requirePrompt(db, event.id, input.promptId);
    const note: Note = {
      id: input.id,
      eventId: input.eventId,
      promptId: input.promptId,
      themeId: null,
      text: input.text,
      // A note from a table's device is that table's, unless it says otherwise.
      table: input.table || (actor.role === "facilitator" ? "" : (devices.get(db, actor.deviceId)?.table ?? "")),
      lang: input.lang,
      source: actor.role === "participant" ? "phone" : "typed",
      author: authorFor(event, actor),
      mergedInto: null,
      hidden: writingIsPrivate(db, event),
      deleted: false,
      position: seq,
      createdSeq: seq,
      updatedSeq: seq,
    };
    notes.insert(db, note, actor.deviceId);
    return { value: note, eventId: note.eventId, upserts: [{ kind: "note", value: note }] };
  },

  "notes.edit": ({ db, actor, seq }, input) => {
    requireEvent(db, input.eventId);
    const note = noteOf(db, actor, input.eventId, input.id);
    if (!note) throw new RoomError("not_found", "That note does not exist.");
    if (note.deleted) throw new RoomError("conflict", "That note was deleted.");
    if (note.mergedInto !== null) throw new RoomError("conflict", "That note was merged into another one; unmerge it to edit it.");
    if (input.promptId !== undefined) requirePrompt(db, input.eventId, input.promptId);
    const wanted: Note = {
      ...note,
      ...(input.text !== undefined && { text: input.text }),
      ...(input.table !== undefined && { table: input.table }),
      ...(input.lang !== undefined && { lang: input.lang }),
      ...(input.promptId !== undefined && { promptId: input.promptId }),
    };
    if (changedFields(note, wanted, NOTE_FIELDS).length === 0) return boardOutcome(input.eventId, []);
    return boardOutcome(input.eventId, [saveNote(db, note, wanted, seq)]);
  },

  "notes.delete": ({ db, actor, seq }, input) => {
    requireEvent(db, input.eventId);
    const found = input.ids.map((id) => {
      const note = noteOf(db, actor, input.eventId, id);
      if (!note) throw new RoomError("not_found", "That note does not exist.");
      return note;
    });
    // Kept, only marked: undo brings a deleted note back as it was.
    return boardOutcome(input.eventId, found.filter((n) => !n.deleted).map((n) => saveNote(db, n, { deleted: true }, seq)));
  },

  "notes.move": ({ db, actor, seq }, input) => {
    requireEvent(db, input.eventId);
    const moved = input.moves.map((m) => {
      const note = boardNote(db, actor, input.eventId, m.id);
      if (m.themeId !== null) liveTheme(db, input.eventId, m.themeId);
      return { note, m };
    });
    const changed = moved
      .filter(({ note, m }) => note.themeId !== m.themeId || note.position !== m.position)
      .map(({ note, m }) => saveNote(db, note, { themeId: m.themeId, position: m.position }, seq));
    return boardOutcome(input.eventId, changed);
  },

  "notes.merge": ({ db, actor, seq }, input) => {
    requireEvent(db, input.eventId);
    const target = boardNote(db, actor, input.eventId, input.targetId);
    if (input.sourceIds.includes(target.id)) throw new RoomError("invalid_input", "A note cannot be merged into itself.");
    const sources = input.sourceIds.map((id) => boardNote(db, actor, input.eventId, id));
    const changed: Note[] = [];
    // An unsorted note merged with a themed one stays sorted: it takes the themed note's place.
    const isLive = (themeId: string) => {
      const theme = themes.get(db, themeId);
      return theme !== undefined && theme.eventId === input.eventId && !theme.deleted;
    };
    const placement = mergedPlacement(target, sources, isLive);
    if (placement) changed.push(saveNote(db, target, placement, seq));
    for (const source of sources) {
      // A note that had duplicates merged into it passes them on: the survivor keeps every original.
      for (const original of notes.listOriginals(db, source.id)) changed.push(saveNote(db, original, { mergedInto: target.id }, seq));
      changed.push(saveNote(db, source, { mergedInto: target.id }, seq));
    }
    return boardOutcome(input.eventId, changed);
  },

  "notes.unmerge": ({ db, actor, seq }, input) => {
    requireEvent(db, input.eventId);
    const survivor = boardNote(db, actor, input.eventId, input.id);
    const originals = notes.listOriginals(db, survivor.id);
    if (originals.length === 0) throw new RoomError("conflict", "That note has no merged duplicates to unmerge.");
    // The duplicates come back beside the note they were merged into, in its theme.
    const siblings = notes.listOnBoard(db, input.eventId, survivor.themeId);
    const after = siblings.find((n) => n.position > survivor.position)?.position;
    let previous = survivor.position;
    const changed = originals.map((o) => {
      const position = positionBetween(previous, after);
      previous = position;
      return saveNote(db, o, { mergedInto: null, themeId: survivor.themeId, position }, seq);
    });
    return boardOutcome(input.eventId, changed);
  },

  "notes.reveal": ({ db, seq }, input) => {
    requireEvent(db, input.eventId);
    return boardOutcome(
      input.eventId,
      notes.listHidden(db, input.eventId).map((n) => saveNote(db, n, { hidden: false }, seq)),
    );
  },

  "notes.importPart": ({ db, actor, at }, input) => {
    requireEvent(db, input.eventId);
    importParts.removeOlderThan(db, new Date(Date.parse(at) - DAY_MS).toISOString());
    // A bounded share of storage: one unfinished import per device; starting another drops the parts of the last.
    importParts.removeOthersOf(db, actor.deviceId, input.importId);
    if (importParts.stagedNotes(db, actor.deviceId, input.importId, input.part) + input.notes.length > IMPORT_MAX_NOTES) {
      throw new RoomError("too_large", `At most ${IMPORT_MAX_NOTES} notes can be imported at once; this part was not kept.`);
    }
    importParts.stage(db, { importId: input.importId, part: input.part, eventId: input.eventId, actor: actor.deviceId, notes: input.notes, at });
    // Staging changes nothing anyone sees, so it records no change in the feed.
    return { value: { staged: input.notes.length }, eventId: input.eventId, upserts: [] };
  },

  "notes.import": ({ db, actor, seq }, input) => {
    const event = requireEvent(db, input.eventId);
    const staged = importParts.list(db, input.importId, input.eventId, actor.deviceId);
    if (staged.length !== input.parts || staged.some((p, i) => p.part !== i))
      throw new RoomError("conflict", `The import is incomplete: ${staged.length} of ${input.parts} parts arrived. Nothing was imported; try again.`);
    const rows = [...staged.flatMap((p) => p.notes), ...input.notes];
    if (rows.length === 0) throw new RoomError("invalid_input", "There are no notes to import.");
    if (rows.length > IMPORT_MAX_NOTES) throw new RoomError("too_large", `At most ${IMPORT_MAX_NOTES} notes can be imported at once.`);

    const ids = new Set<string>();
    for (const id of [...rows.map((r) => r.id), ...input.themes.map((t) => t.id)]) {
      if (ids.has(id)) throw new RoomError("invalid_input", "The import lists the same id twice.");
      ids.add(id);
      if (notes.get(db, id) || themes.get(db, id)) throw new RoomError("conflict", "Some of these notes were imported already.");
    }
    let position = nextThemePosition(db, event.id);
    const created: Theme[] = input.themes.map((t) => {
      const theme: Theme = { ...t, eventId: event.id, position: position++, collapsed: false, deleted: false, createdSeq: seq, updatedSeq: seq };
      themes.insert(db, theme);
      return theme;
    });
    const newThemes = new Set(created.map((t) => t.id));
    const checkedPrompts = new Set<string>();
    const checkedThemes = new Set<string>();
    // Notes typed up from paper were written in the open; a paste follows the stage's private writing.
    const hidden = input.source === "typed" && writingIsPrivate(db, event);
    const author = authorFor(event, actor);
    const added = rows.map((r, i): Note => {
      if (r.promptId !== null && !checkedPrompts.has(r.promptId)) {
        requirePrompt(db, event.id, r.promptId);
        checkedPrompts.add(r.promptId);
      }
      if (r.themeId !== null && !newThemes.has(r.themeId) && !checkedThemes.has(r.themeId)) {
        liveTheme(db, event.id, r.themeId);
        checkedThemes.add(r.themeId);
      }
      const note: Note = {
        ...r,
        eventId: event.id,
        source: input.source,
        author,
        mergedInto: null,
        hidden: hidden && r.themeId === null,
        deleted: false,
        // In the order given, after everything already on the board.
        position: seq + (i + 1) / (rows.length + 1),
        createdSeq: seq,
        updatedSeq: seq,
      };
      notes.insert(db, note, actor.deviceId);
      return note;
    });
    importParts.remove(db, input.importId);
    return boardOutcome(event.id, added, created);
  },
};
