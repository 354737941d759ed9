import { isOnBoard, type EventState } from "../../core";
import { firstMatches, type PickResults } from "./SearchPicker";

/** How many matches a picker lists at once: enough to choose from, few enough to draw at once. */
export const PICK_LIMIT = 8;

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * The event's themes (in board order) then its notes (oldest first) whose words contain
 * `query`, as "theme:<id>" and "note:<id>" values: at most PICK_LIMIT of them. Deleted,
 * merged and private (hidden) notes are never offered.
 */
export function searchThemesAndNotes(state: EventState, query: string): PickResults {
  const needle = query.toLocaleLowerCase();
  const has = (text: string) => needle === "" || text.toLocaleLowerCase().includes(needle);
  const themes = firstMatches(
    [...state.theme.values()].filter((t) => !t.deleted).sort((a, b) => a.position - b.position),
    (t) => has(t.title),
    PICK_LIMIT,
  );
  const notes = firstMatches(
    [...state.note.values()].filter(isOnBoard).sort((a, b) => a.createdSeq - b.createdSeq),
    (n) => has(n.text),
    PICK_LIMIT - themes.items.length,
  );
  return {
    options: [
      ...themes.items.map((t) => ({ value: `theme:${t.id}`, label: clip(t.title, 90), kind: "Theme" })),
      ...notes.items.map((n) => ({ value: `note:${n.id}`, label: clip(n.text, 90), kind: "Note" })),
    ],
    total: themes.total + notes.total,
  };
}

/** The words of a "theme:<id>" or "note:<id>" value, for the picker's box. */
export function themeOrNoteLabel(state: EventState, value: string): string {
  const [kind, id = ""] = value.split(":");
  if (kind === "theme") return state.theme.get(id)?.title ?? "";
  if (kind === "note") return clip(state.note.get(id)?.text ?? "", 90);
  return "";
}
