import type { Database } from "better-sqlite3";
import type { Action } from "../../../core";
import { listEvents, requireEvent } from "../../db/repos/events";
import { notes } from "../../db/repos/notes";
import { actions, themes } from "../../db/repos/themes";
import type { CommandOutcome, HandlersOf } from "../handler";
import { RoomError } from "../../room-error";
import type { ReadonlyDatabase } from "../../db/prepared";

const outcome = (action: Action): CommandOutcome<Action> => ({ value: action, eventId: action.eventId, upserts: [{ kind: "action", value: action }] });

function existing(db: ReadonlyDatabase, id: string): Action {
  const a = actions.get(db, id);
  if (!a) throw new RoomError("not_found", "That action does not exist.");
  return a;
}

/** An action may answer a theme or a note of its own event, nothing else. */
function checkLinks(db: ReadonlyDatabase, eventId: string, themeId: string | null, noteId: string | null): void {
  if (themeId) {
    const t = themes.get(db, themeId);
    if (!t || t.eventId !== eventId || t.deleted) throw new RoomError("invalid_input", "themeId: that theme is not part of this event.");
  }
  if (noteId) {
    const n = notes.get(db, noteId);
    if (!n || n.eventId !== eventId || n.deleted) throw new RoomError("invalid_input", "noteId: that note is not part of this event.");
  }
}

const same = (a: Action, b: Omit<Action, "createdSeq" | "updatedSeq">) =>
  a.eventId === b.eventId && a.text === b.text && a.owner === b.owner && a.dueOn === b.dueOn && a.carriedFrom === b.carriedFrom;

/** Inserts a new action; the same one sent again (a lost ack) is harmless, another under the same id is not. */
function insertOnce(db: Database, action: Action): CommandOutcome<Action> {
  const before = actions.get(db, action.id);
  if (before) {
    if (same(before, action)) return { value: before, eventId: before.eventId, upserts: [] };
    throw new RoomError("conflict", "A different action already has that id.");
  }
  actions.insert(db, action);
  return outcome(action);
}

/** Deleting keeps the row (for undo); restoring brings it back. */
function setDeleted(db: Database, id: string, deleted: boolean, seq: number): CommandOutcome<Action> {
  const next: Action = { ...existing(db, id), deleted, updatedSeq: seq };
  actions.update(db, next);
  return outcome(next);
}

export const actionHandlers: HandlersOf<"actions.add" | "actions.update" | "actions.delete" | "actions.restore" | "actions.carry" | "actions.register"> = {
  "actions.add": ({ db, seq }, input) => {
    requireEvent(db, input.eventId);
    checkLinks(db, input.eventId, input.themeId, input.noteId);
    return insertOnce(db, { ...input, status: "open", update: "", carriedFrom: null, deleted: false, createdSeq: seq, updatedSeq: seq });
  },

  "actions.update": ({ db, seq }, { id, ...changes }) => {
    const before = existing(db, id);
    const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) as Partial<Action>;
    const next: Action = { ...before, ...defined, updatedSeq: seq };
    checkLinks(db, next.eventId, changes.themeId === undefined ? null : next.themeId, changes.noteId === undefined ? null : next.noteId);
    actions.update(db, next);
    return outcome(next);
  },

  "actions.delete": ({ db, seq }, { id }) => setDeleted(db, id, true, seq),

  "actions.restore": ({ db, seq }, { id }) => setDeleted(db, id, false, seq),

  "actions.carry": ({ db, seq }, input) => {
    const from = existing(db, input.fromActionId);
    const to = requireEvent(db, input.toEventId);
    if (from.eventId === to.id) throw new RoomError("invalid_input", "An action is carried forward to another event, not its own.");
    return insertOnce(db, {
      id: input.id,
      eventId: to.id,
      themeId: null,
      noteId: null,
      text: from.text,
      owner: from.owner,
      dueOn: from.dueOn,
      status: from.status === "in-progress" ? "in-progress" : "open",
      update: "",
      carriedFrom: from.id,
      deleted: false,
      createdSeq: seq,
      updatedSeq: seq,
    });
  },

  "actions.register": (db, filter) => {
    const all = listEvents(db);
    const byId = new Map(all.map((e) => [e.id, e]));
    const rows = (db.prepare(`SELECT * FROM action WHERE deleted = 0 ORDER BY (due_on IS NULL), due_on, created_seq`).all() as Record<string, unknown>[]).map(actions.fromRow);
    const entries = rows.flatMap((action) => {
      const event = byId.get(action.eventId);
      if (!event) return [];
      if (filter.neighbourhood !== undefined && event.neighbourhood !== filter.neighbourhood) return [];
      if (filter.partnership !== undefined && event.partnership !== filter.partnership) return [];
      if (filter.status !== undefined && action.status !== filter.status) return [];
      const theme = action.themeId ? themes.get(db, action.themeId) : undefined;
      const note = !theme && action.noteId ? notes.get(db, action.noteId) : undefined;
      const { id: eventId, title, date, neighbourhood, partnership } = event;
      return [{ action, event: { id: eventId, title, date, neighbourhood, partnership }, answers: theme && !theme.deleted ? theme.title : note && !note.deleted ? note.text : null }];
    });
    const distinct = (values: string[]) => [...new Set(values.filter(Boolean))].sort((a, b) => a.localeCompare(b));
    return { entries, neighbourhoods: distinct(all.map((e) => e.neighbourhood)), partnerships: distinct(all.map((e) => e.partnership)) };
  },
};
