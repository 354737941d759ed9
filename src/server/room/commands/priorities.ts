import type { ReadonlyDatabase } from "../../db/prepared";
import type { Database } from "better-sqlite3";
import { finalRoundResults, isolate, ThemeId, type Priority, type RoundResults } from "../../../core";
import { neighbourhoodOfEvent } from "../../db/repos/places";
import { actionLinks, priorities, putLink, statusEntries, themeLinks } from "../../db/repos/priorities";
import { notes } from "../../db/repos/notes";
import { actions, themes } from "../../db/repos/themes";
import { votingState } from "../../report/priorities";
import { eventReachesPriority, notesOfItem, quotable } from "../../thread/links";
import { insertOnce, required, sameFields, threadOutcome } from "../../thread/records";
import type { HandlersOf } from "../handler";
import { RoomError } from "../../room-error";
import { requireEvent } from "../../db/repos/events";

const requirePriority = (db: Database, id: string) => required(priorities.get(db, id), "That priority does not exist.");

function finalResults(db: ReadonlyDatabase, eventId: string): RoundResults | null {
  return finalRoundResults(votingState(db, eventId));
}

const adoptedAs = (db: ReadonlyDatabase, roundId: string, itemId: string) =>
  (db.prepare(`SELECT id FROM priority WHERE round_id = ? AND item_id = ?`).get(roundId, itemId) as { id: string } | undefined)?.id ?? null;

export const priorityHandlers: HandlersOf<
  "priorities.candidates" | "priorities.adopt" | "priorities.update" | "priorities.setStatus" | "priorities.linkTheme" | "priorities.linkAction"
> = {
  "priorities.candidates": (db, { eventId }) => {
    const event = requireEvent(db, eventId);
    const results = finalResults(db, eventId);
    return {
      neighbourhood: neighbourhoodOfEvent(db, event) ?? null,
      roundId: results?.roundId ?? null,
      items: (results?.items ?? []).map((i) => ({
        itemId: i.itemId,
        label: i.label,
        rank: i.rank,
        tied: i.tied,
        dots: i.dots,
        adoptedAs: adoptedAs(db, results!.roundId, i.itemId),
        notes: notesOfItem(db, eventId, results!.target, i.itemId).map((n) => ({ id: n.id, text: n.text })),
      })),
    };
  },

  /** "Make these neighbourhood priorities": items of the revealed final round, each with residents' words. */
  "priorities.adopt": ({ db, seq }, { eventId, priorities: chosen }) => {
    const event = requireEvent(db, eventId);
    const neighbourhood = neighbourhoodOfEvent(db, event);
    if (!neighbourhood) throw new RoomError("invalid_input", "This event has no neighbourhood: choose one on its Set up page first.");
    const results = finalResults(db, eventId);
    if (!results) throw new RoomError("conflict", "Priorities come from a revealed final round, and this event has none yet.");
    const upserts = [];
    const adopted: Priority[] = [];
    for (const c of chosen) {
      const item = results.items.find((i) => i.itemId === c.itemId);
      if (!item) throw new RoomError("invalid_input", "That item is not in the final round.");
      const already = adoptedAs(db, results.roundId, item.itemId);
      if (already && already !== c.id) throw new RoomError("conflict", `${isolate(item.label)} is already a priority.`);
      const quotes = c.quoteNoteIds.map((noteId, i) => {
        const note = notes.get(db, noteId);
        if (!quotable(note) || note.eventId !== eventId) throw new RoomError("invalid_input", "A quote must be a note of this event.");
        return { id: `${c.id.slice(0, 56)}-q${i}`, eventId, noteId, text: note.text };
      });
      const priority: Priority = {
        id: c.id,
        neighbourhoodId: neighbourhood.id,
        title: item.label,
        eventId,
        adoptedOn: event.date,
        roundId: results.roundId,
        itemId: item.itemId,
        rank: item.rank,
        tied: item.tied,
        dots: item.dots,
        voters: item.voters,
        lead: "",
        reviewOn: null,
        quotes,
        createdSeq: seq,
        updatedSeq: seq,
      };
      const made = insertOnce(db, priorities, priority, (b) => b.eventId === eventId && b.itemId === item.itemId, "priority");
      adopted.push(made.value);
      if (!made.fresh) continue;
      upserts.push({ kind: "priority" as const, value: made.value });
      if (results.target === "themes") {
        const themeId = ThemeId.parse(item.itemId); // a themes round's items are themes
        const link = { id: themeId, themeId, eventId, priorityId: priority.id, seq };
        putLink(db, "theme_priority", themeLinks, link);
        upserts.push({ kind: "themeLink" as const, value: link });
      }
    }
    return threadOutcome(neighbourhood.id, adopted, upserts);
  },

  "priorities.update": ({ db, seq }, { id, ...changes }) => {
    const before = requirePriority(db, id);
    const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) as Partial<Priority>;
    const after: Priority = { ...before, ...defined, updatedSeq: seq };
    if (sameFields(before, after, ["title", "lead", "reviewOn"])) return threadOutcome(before.neighbourhoodId, before, []);
    priorities.update(db, after);
    return threadOutcome(after.neighbourhoodId, after, [{ kind: "priority", value: after }]);
  },

  /** A dated status entry, appended: the latest by its date (then the room's order) stands. */
  "priorities.setStatus": ({ db, seq }, input) => {
    const priority = requirePriority(db, input.priorityId);
    const made = insertOnce(db, statusEntries, { ...input, seq }, (b) => sameFields(b, { ...b, ...input }, ["priorityId", "status", "on", "note"]), "status entry");
    return threadOutcome(priority.neighbourhoodId, made.value, made.fresh ? [{ kind: "priorityStatus", value: made.value }] : []);
  },

  /** "The same as priority …": a theme of any event of the neighbourhood (or its partnership). */
  "priorities.linkTheme": ({ db, seq }, { themeId, priorityId }) => {
    const theme = themes.get(db, themeId);
    if (!theme || theme.deleted) throw new RoomError("not_found", "That theme does not exist.");
    const before = themeLinks.get(db, themeId);
    const target = priorityId ? requirePriority(db, priorityId) : undefined;
    if (target && !eventReachesPriority(db, requireEvent(db, theme.eventId), target))
      throw new RoomError("invalid_input", "That priority belongs to another neighbourhood.");
    const stream = target ?? (before?.priorityId ? priorities.get(db, before.priorityId) : undefined);
    const link = { id: themeId, themeId, eventId: theme.eventId, priorityId, seq };
    if (!stream) return { value: before ?? link, eventId: theme.eventId, upserts: [] }; // nothing to record
    if ((before?.priorityId ?? null) === priorityId) return threadOutcome(stream.neighbourhoodId, before ?? link, []);
    putLink(db, "theme_priority", themeLinks, link);
    return threadOutcome(stream.neighbourhoodId, link, [{ kind: "themeLink", value: link }]);
  },

  /** An action working towards a priority; the actions carried forward from it keep that priority. */
  "priorities.linkAction": ({ db, seq }, { actionId, priorityId }) => {
    const action = actions.get(db, actionId);
    if (!action || action.deleted) throw new RoomError("not_found", "That action does not exist.");
    const before = actionLinks.get(db, actionId);
    const target = priorityId ? requirePriority(db, priorityId) : undefined;
    if (target && !eventReachesPriority(db, requireEvent(db, action.eventId), target))
      throw new RoomError("invalid_input", "That priority belongs to another neighbourhood.");
    const stream = target ?? (before?.priorityId ? priorities.get(db, before.priorityId) : undefined);
    const link = { id: actionId, actionId, priorityId, seq };
    if (!stream) return { value: before ?? link, eventId: action.eventId, upserts: [] }; // nothing to record
    if ((before?.priorityId ?? null) === priorityId) return threadOutcome(stream.neighbourhoodId, before ?? link, []);
    putLink(db, "action_priority", actionLinks, link);
    return threadOutcome(stream.neighbourhoodId, link, [{ kind: "actionLink", value: link }]);
  },
};
