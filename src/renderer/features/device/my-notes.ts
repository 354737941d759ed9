import { useEffect, useState } from "react";
import { z } from "zod";
import { NoteAddInput } from "../../../core";
import type { OutboxEntry } from "../../../api";
import { pageOutbox } from "./useDeviceSession";

const KEY = "hearth.mine";
const MAX = 100;
const Ids = z.array(z.string().max(64)).max(MAX);

/** The ids of notes this phone added, newest last: the room does not tell a device which notes are its own. */
export function rememberMine(id: string): void {
  const ids = [...loadMine().filter((x) => x !== id), id].slice(-MAX);
  try {
    localStorage.setItem(KEY, JSON.stringify(ids));
  } catch {
    // Not kept: the list is a convenience.
  }
}

export function loadMine(): string[] {
  try {
    const parsed = Ids.safeParse(JSON.parse(localStorage.getItem(KEY) ?? "[]"));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

export interface UnsentNote {
  readonly id: string;
  readonly text: string;
}

/** Notes of this event still in the outbox (not yet answered by the room), oldest first. */
export function useUnsentNotes(eventId: string): UnsentNote[] {
  const [entries, setEntries] = useState<readonly OutboxEntry[]>(() => pageOutbox().entries);
  useEffect(() => pageOutbox().onChange(setEntries), []);
  const notes: UnsentNote[] = [];
  for (const e of entries) {
    if (e.method !== "notes.add") continue;
    const input = NoteAddInput.safeParse(e.input);
    if (input.success && input.data.eventId === eventId) notes.push({ id: input.data.id, text: input.data.text });
  }
  return notes;
}
