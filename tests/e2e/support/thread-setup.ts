import { newId } from "../../../src/api";
import type { RoomClient } from "./room-client";

export const HOOD = "Elm Road estate";
export const PARTNERSHIP = "North Elm partnership";

/** Themes and notes of a listening event; one theme and one note are in Arabic. */
const THEMES: Record<string, readonly string[]> = {
  "Safe streets": ["The underpass is dark after six", "لا توجد إضاءة في الحديقة ليلاً"],
  "GP access": ["Queue on the phone at 8am every day"],
  "مساحات للشباب": ["Nowhere for teenagers to go"],
  "Damp homes": ["Mould in the bedroom again"],
};

/** A listening event of the neighbourhood, through the room's commands, with its notes sorted into themes (no vote yet). */
export async function themedEvent(room: RoomClient, opts: { date?: string; title?: string } = {}) {
  const eventId = newId();
  await room.call("events.create", { id: eventId, kind: "blank", title: opts.title ?? "Elm Road listening event", neighbourhood: HOOD, partnership: PARTNERSHIP, date: opts.date ?? "2026-06-20" });
  const themeIds: string[] = [];
  for (const [title, texts] of Object.entries(THEMES)) {
    const noteIds: string[] = [];
    for (const text of texts) noteIds.push((await room.call("notes.add", { id: newId(), eventId, text })).id);
    const themeId = newId();
    themeIds.push(themeId);
    await room.call("themes.create", { id: themeId, eventId, title, noteIds });
  }
  return { eventId, themeIds, themes: Object.keys(THEMES) };
}

/** A listening event of the neighbourhood, through the room's commands, to a revealed final round over its themes (paper dots). */
export async function listeningToFinalRound(room: RoomClient, opts: { date?: string; title?: string; dots?: readonly number[] } = {}) {
  const { eventId, themeIds } = await themedEvent(room, opts);
  const roundId = newId();
  await room.call("rounds.create", { id: roundId, eventId, title: "Community round", target: "themes", dotsPerVoter: 3, maxPerItem: 3, blind: false });
  await room.call("rounds.open", { roundId });
  const dots = opts.dots ?? [9, 6, 4, 1];
  for (const [i, itemId] of themeIds.entries()) await room.call("votes.paper", { roundId, itemId, dots: dots[i]! });
  await room.call("rounds.close", { roundId });
  await room.call("rounds.reveal", { roundId });
  await room.call("rounds.markFinal", { roundId, final: true });
  return { eventId, themeIds };
}
