import { useCallback, useEffect, useMemo, useState } from "react";
import { z } from "zod";
import { Note } from "../../../core";

const Stored = z.array(Note);
const keyFor = (eventId: string) => `hearth.private-notes.${eventId}`;

function load(eventId: string): ReadonlyMap<string, Note> {
  try {
    const parsed = Stored.safeParse(JSON.parse(sessionStorage.getItem(keyFor(eventId)) ?? "[]"));
    return new Map(parsed.success ? parsed.data.map((n) => [n.id, n]) : []);
  } catch {
    return new Map();
  }
}

/**
 * The notes this screen wrote while private writing is on. Every other screen, this one
 * included, gets only a blank stand-in from the room until the facilitator reveals them;
 * the full note comes back in the acknowledgement of its own command, kept here (for this
 * tab, in sessionStorage, so a reload keeps them) and laid over the room's stand-ins.
 */
export function usePrivateNotes(eventId: string, roomNotes: ReadonlyMap<string, Note> | undefined) {
  const [mine, setMine] = useState<ReadonlyMap<string, Note>>(() => load(eventId));

  useEffect(() => {
    sessionStorage.setItem(keyFor(eventId), JSON.stringify([...mine.values()]));
  }, [eventId, mine]);

  /** Takes the notes a command answered with: private ones are kept, the rest let go. */
  const remember = useCallback((notes: readonly Note[]) => {
    setMine((prev) => {
      let next: Map<string, Note> | undefined;
      for (const n of notes) {
        if (!n.hidden && !prev.has(n.id)) continue;
        next ??= new Map(prev);
        if (n.hidden) next.set(n.id, n);
        else next.delete(n.id);
      }
      return next ?? prev;
    });
  }, []);

  // Revealed (or gone) in the room: the room's note is the one to show now.
  useEffect(() => {
    if (!roomNotes) return;
    setMine((prev) => {
      const stale = [...prev.keys()].filter((id) => roomNotes.get(id)?.hidden === false);
      if (stale.length === 0) return prev;
      const next = new Map(prev);
      for (const id of stale) next.delete(id);
      return next;
    });
  }, [roomNotes]);

  const notes = useMemo(() => {
    if (!roomNotes || mine.size === 0) return roomNotes;
    const merged = new Map(roomNotes);
    for (const n of mine.values()) if (merged.get(n.id)?.hidden !== false) merged.set(n.id, n);
    return merged;
  }, [roomNotes, mine]);

  return { notes, mine, remember };
}
