import { useSyncExternalStore } from "react";

export interface PendingNote {
  readonly id: string;
  readonly text: string;
}

/**
 * Notes typed here and not yet in the room's feed, shown at once, marked "Sending…". They
 * live in a small store outside React state, so adding one re-renders only the list that
 * shows them, not the board of 1,000 notes (Enter to painted must stay under 50 ms).
 */
export class PendingNotes {
  private notes: readonly PendingNote[] = [];
  private readonly listeners = new Set<() => void>();

  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };
  readonly snapshot = () => this.notes;

  add(note: PendingNote): void {
    this.set([...this.notes, note]);
  }
  remove(id: string): void {
    this.set(this.notes.filter((n) => n.id !== id));
  }
  /** Drops the notes the room has now (or that came back in an acknowledgement). */
  prune(arrived: (id: string) => boolean): void {
    if (this.notes.some((n) => arrived(n.id))) this.set(this.notes.filter((n) => !arrived(n.id)));
  }

  private set(notes: readonly PendingNote[]) {
    this.notes = notes;
    for (const l of [...this.listeners]) l();
  }
}

export const usePendingNotes = (store: PendingNotes): readonly PendingNote[] => useSyncExternalStore(store.subscribe, store.snapshot);

export function PendingNoteItems({ notes }: { notes: readonly PendingNote[] }) {
  return notes.map((n) => (
    <li key={n.id} className="sticky sticky--pending" data-note-id={n.id}>
      <p className="sticky__text" dir="auto">
        {n.text}
      </p>
      <p className="sticky__meta">Sending…</p>
    </li>
  ));
}
