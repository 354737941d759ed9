import { nextThemeColour, type Theme } from "../../../core";
import { notes } from "../../db/repos/notes";
import { themes } from "../../db/repos/themes";
import type { HandlersOf } from "../handler";
import { RoomError } from "../../room-error";
import { boardNote, boardOutcome, liveTheme, liveThemeCount, nextThemePosition, saveNote, saveTheme } from "./support/board-support";
import { requireEvent } from "../../db/repos/events";

/** Themes: the group's sense-making of the notes. */
export const themeHandlers: HandlersOf<"themes.create" | "themes.update" | "themes.delete"> = {
  "themes.create": ({ db, actor, seq }, input) => {
    requireEvent(db, input.eventId);
    const existing = themes.get(db, input.id);
    if (existing) {
      // The same create sent again under a new command id is harmless; a different one is not.
      if (existing.eventId === input.eventId && existing.title === input.title) return boardOutcome(input.eventId, []);
      throw new RoomError("conflict", "A different theme already has that id.");
    }
    const members = input.noteIds.map((id) => boardNote(db, actor, input.eventId, id));
    const theme: Theme = {
      id: input.id,
      eventId: input.eventId,
      title: input.title,
      colour: input.colour ?? nextThemeColour(liveThemeCount(db, input.eventId)),
      position: nextThemePosition(db, input.eventId),
      collapsed: false,
      deleted: false,
      createdSeq: seq,
      updatedSeq: seq,
    };
    themes.insert(db, theme);
    const moved = members.map((n, i) => saveNote(db, n, { themeId: theme.id, position: i + 1 }, seq));
    return boardOutcome(input.eventId, moved, [theme]);
  },

  "themes.update": ({ db, seq }, input) => {
    requireEvent(db, input.eventId);
    const theme = liveTheme(db, input.eventId, input.id);
    const next: Theme = {
      ...theme,
      ...(input.title !== undefined && { title: input.title }),
      ...(input.colour !== undefined && { colour: input.colour }),
      ...(input.collapsed !== undefined && { collapsed: input.collapsed }),
      ...(input.position !== undefined && { position: input.position }),
    };
    const same = next.title === theme.title && next.colour === theme.colour && next.collapsed === theme.collapsed && next.position === theme.position;
    return boardOutcome(input.eventId, [], same ? [] : [saveTheme(db, theme, next, seq)]);
  },

  "themes.delete": ({ db, seq }, input) => {
    requireEvent(db, input.eventId);
    const theme = liveTheme(db, input.eventId, input.id);
    const deleted = saveTheme(db, theme, { deleted: true }, seq);
    // Its notes go back to unsorted (duplicates merged into them too, so unmerging finds them there).
    const released = notes.listByTheme(db, theme.id).map((n) => saveNote(db, n, { themeId: null }, seq));
    return boardOutcome(input.eventId, released, [deleted]);
  },
};
