import { newId } from "../../../src/api";
import { FACILITATOR } from "../../../src/server/room/actor";
import type { RunningRoom } from "../../../src/server/start-room";
import { callOk } from "./room-fixture";

export const HOOD = "Elm Road estate";
export const PARTNERSHIP = "North Elm partnership";

/** Themes and their notes: the residents' words of one listening event. */
export const THEMES: Record<string, readonly string[]> = {
  "Safe streets": ["The underpass is dark after six", "لا توجد إضاءة في الحديقة ليلاً"],
  "GP access": ["Queue on the phone at 8am every day", "Can't get a face-to-face appointment"],
  "Young people": ["Nowhere for teenagers to go"],
  "Damp homes": ["Mould in the bedroom again"],
};

/**
 * A listening event of the neighbourhood, run to a revealed final round over its themes,
 * with paper dots: Safe streets 9, GP access 6, Young people 4, Damp homes 1.
 */
export function listeningToFinalRound(
  r: RunningRoom,
  opts: { date?: string; title?: string; dots?: readonly number[]; neighbourhood?: string; partnership?: string; laptopBallot?: string } = {},
) {
  const event = callOk(r, FACILITATOR, "events.create", {
    id: newId(),
    kind: "blank",
    title: opts.title ?? "Elm Road listening event",
    neighbourhood: opts.neighbourhood ?? HOOD,
    partnership: opts.partnership ?? PARTNERSHIP,
    date: opts.date ?? "2026-06-20",
  });
  const themeIds: Record<string, string> = {};
  const noteIds: Record<string, string> = {};
  for (const [title, texts] of Object.entries(THEMES)) {
    const ids = texts.map((text) => {
      const id = newId();
      noteIds[text] = id;
      return callOk(r, FACILITATOR, "notes.add", { id, eventId: event.id, text }).id;
    });
    const themeId = newId();
    themeIds[title] = themeId;
    callOk(r, FACILITATOR, "themes.create", { id: themeId, eventId: event.id, title, noteIds: ids });
  }
  const round = callOk(r, FACILITATOR, "rounds.create", {
    id: newId(),
    eventId: event.id,
    title: "Community round",
    target: "themes",
    dotsPerVoter: 3,
    maxPerItem: 3,
    blind: false,
  });
  callOk(r, FACILITATOR, "rounds.open", { roundId: round.id });
  const dots = opts.dots ?? [9, 6, 4, 1];
  Object.values(themeIds).forEach((itemId, i) => callOk(r, FACILITATOR, "votes.paper", { roundId: round.id, itemId, dots: dots[i]! }));
  // A resident without a phone, whose ballot is cast at the laptop.
  if (opts.laptopBallot) callOk(r, FACILITATOR, "votes.castFor", { roundId: round.id, voterId: opts.laptopBallot, dots: [{ itemId: Object.values(themeIds)[3]!, dots: 1 }] });
  callOk(r, FACILITATOR, "rounds.close", { roundId: round.id });
  callOk(r, FACILITATOR, "rounds.reveal", { roundId: round.id });
  callOk(r, FACILITATOR, "rounds.markFinal", { roundId: round.id, final: true });
  return { event, round, themeIds, noteIds };
}

/** Adopts the top three themes as priorities, each with its first note as a quote. */
export function adoptTopThree(r: RunningRoom, eventId: string) {
  const candidates = callOk(r, FACILITATOR, "priorities.candidates", { eventId });
  const chosen = candidates.items.slice(0, 3).map((i) => ({ id: newId(), itemId: i.itemId, quoteNoteIds: i.notes.slice(0, 1).map((n) => n.id) }));
  return { candidates, priorities: callOk(r, FACILITATOR, "priorities.adopt", { eventId, priorities: chosen }) };
}
