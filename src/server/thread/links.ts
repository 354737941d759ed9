import type { Database } from "better-sqlite3";
import { isOnBoard, type Action, type HearthEvent, type Note, type Priority } from "../../core";
import { notes } from "../db/repos/notes";
import { neighbourhoodOfEvent, neighbourhoods, partnershipOfEvent } from "../db/repos/places";
import { actionLinks, priorities } from "../db/repos/priorities";
import { actions } from "../db/repos/themes";
import type { ReadonlyDatabase } from "../db/prepared";

/** Notes a screen or a report may quote: those on the board (core's isOnBoard). */
export const quotable = (n: Note | undefined): n is Note => n !== undefined && isOnBoard(n);

/** The notes behind a round item: a theme's notes, or a note and the duplicates merged into it. */
export function notesOfItem(db: ReadonlyDatabase, eventId: string, target: "themes" | "notes", itemId: string): Note[] {
  const all = notes.listByEvent(db, eventId);
  if (target === "themes") return all.filter((n) => n.themeId === itemId && quotable(n));
  const survivor = all.find((n) => n.id === itemId);
  return survivor && quotable(survivor) ? [survivor] : [];
}

/** The priority an action works towards: its own link, or the link of the action it carries forward. */
export function priorityOfAction(db: ReadonlyDatabase, action: Action): Priority | undefined {
  let at: Action | undefined = action;
  for (let hops = 0; at && hops < 32; hops++) {
    const link = actionLinks.get(db, at.id);
    if (link) return link.priorityId ? priorities.get(db, link.priorityId) : undefined;
    at = at.carriedFrom ? actions.get(db, at.carriedFrom) : undefined;
  }
  return undefined;
}

/** An event may speak of a priority when it is of the same neighbourhood, or of that neighbourhood's partnership. */
export function eventReachesPriority(db: ReadonlyDatabase, event: HearthEvent, priority: Priority): boolean {
  if (neighbourhoodOfEvent(db, event)?.id === priority.neighbourhoodId) return true;
  const partnership = partnershipOfEvent(db, event);
  return partnership !== undefined && neighbourhoods.get(db, priority.neighbourhoodId)?.partnershipId === partnership.id;
}
