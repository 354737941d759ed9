import { elmRoad, statusOf } from "../../fixtures/elm-road";
import type { RoomClient } from "./room-client";

/**
 * The Elm Road events, set up through the room's own commands: last summer's event with its
 * three commitments, and the November listening event with every note of the fixture (in
 * Polish, Arabic and Urdu too, personal data and hostile text included). Themes and prompts
 * have no commands yet (they come with the capture features), so the notes are unthemed.
 */
export async function setUpElmRoad(room: RoomClient): Promise<{ eventId: string; previousId: string }> {
  const base = { neighbourhood: elmRoad.event.neighbourhood, partnership: elmRoad.event.partnership, venue: elmRoad.event.venue };
  const previous = await room.call("events.create", { id: "evt_summer01", title: "Elm Road summer listening event", date: "2026-06-20", ...base });
  for (const [i, a] of elmRoad.previous_actions.entries()) {
    const id = `act_prev_${i}xxx`;
    await room.call("actions.add", { id, eventId: previous.id, text: a.text, owner: a.owner, dueOn: a.due });
    // The GP action is left open: the test updates it in the actions register.
    if (i < 2) await room.call("actions.update", { id, status: statusOf(a.status), update: a.note });
  }
  const event = await room.call("events.create", { id: "evt_elmroad1", title: elmRoad.event.title, date: elmRoad.event.date, ...base });
  for (const [i, n] of elmRoad.notes.entries())
    await room.call("notes.add", { id: `note_${String(i).padStart(3, "0")}xxx`, eventId: event.id, text: n.text, table: n.table, lang: n.lang ?? "" });
  return { eventId: event.id, previousId: previous.id };
}
