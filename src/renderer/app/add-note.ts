import { NoteText, type Note, type NoteAddInput } from "../../core";
import { newId, type HearthClient } from "../../api";

/** The box a note is typed in, as both note boxes (the board's and a phone's) hold it. */
export interface NoteBox {
  readonly text: string;
  setText(update: string | ((current: string) => string)): void;
  setError(message: string | null): void;
  focus(): void;
}

/** What a box says when a note cannot be added, in its own words (the phone's are translated). */
export interface NoteRefusals {
  /** The text is not a note; `message` is the schema's own reason. */
  invalid(message: string | undefined): string;
  /** The room refused it. */
  notAdded(reason: string): string;
}

/** What a box does around sending: show it as pending, remember it, hear the room's answer. */
export interface NoteAddHooks {
  sending?(id: string, text: string): void;
  added?(note: Note): void;
  refused?(id: string): void;
}

/**
 * Adding a note from a box, the same for every box: check the text, clear the box (it is free
 * for the next note at once), send notes.add through the outbox, and if the room refuses it,
 * say why and put the words back unless something new was typed since.
 */
export function addNote(
  client: HearthClient,
  box: NoteBox,
  refusals: NoteRefusals,
  input: Omit<NoteAddInput, "id" | "text">,
  hooks: NoteAddHooks = {},
): void {
  const parsed = NoteText.safeParse(box.text);
  if (!parsed.success) {
    box.setError(refusals.invalid(parsed.error.issues[0]?.message));
    return;
  }
  const id = newId();
  const typed = box.text;
  box.setText("");
  box.setError(null);
  hooks.sending?.(id, parsed.data);
  void client.call("notes.add", { ...input, id, text: parsed.data }).then((r) => {
    if (r.ok) return hooks.added?.(r.value);
    hooks.refused?.(id);
    box.setError(refusals.notAdded(r.error.message));
    box.setText((current) => (current === "" ? typed : current));
  });
  box.focus();
}
