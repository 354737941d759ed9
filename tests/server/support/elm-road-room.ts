import type { HearthEvent, Note, Prompt, Theme } from "../../../src/core";
import { nextSeq } from "../../../src/server/db/repos/changes";
import { notes as notesRepo } from "../../../src/server/db/repos/notes";
import { prompts as promptsRepo } from "../../../src/server/db/repos/run-sheet";
import { themes as themesRepo } from "../../../src/server/db/repos/themes";
import { FACILITATOR } from "../../../src/server/room/actor";
import type { RunningRoom } from "../../../src/server/start-room";
import { elmRoad, statusOf, suggestedTheme } from "../../fixtures/elm-road";
import { callOk } from "./room-fixture";
import { themeId } from "../../unit/support/ids";

export interface SeededElmRoad {
  readonly previous: HearthEvent;
  readonly event: HearthEvent;
  readonly notes: readonly Note[];
  readonly themes: readonly Theme[];
  readonly prompts: readonly Prompt[];
}

/**
 * The Elm Road events in a room: the summer event with its three actions (statuses and
 * progress lines set through the register's commands), then the November event with its
 * prompts, notes and themes. Notes and actions go through real commands; prompts and themes
 * through the repositories, until the capture features' commands exist.
 */
export function seedElmRoad(r: RunningRoom, opts: { themed?: boolean } = {}): SeededElmRoad {
  // Blank events: the prompts and notes are exactly the fixture's, not a template's.
  const base = { kind: "blank" as const, neighbourhood: elmRoad.event.neighbourhood, partnership: elmRoad.event.partnership, venue: elmRoad.event.venue };
  const previous = callOk(r, FACILITATOR, "events.create", { id: "evt_summer01", title: "Elm Road summer listening event", date: "2026-06-20", ...base });
  elmRoad.previous_actions.forEach((a, i) => {
    const id = `act_prev_${i}xxx`;
    callOk(r, FACILITATOR, "actions.add", { id, eventId: previous.id, text: a.text, owner: a.owner, dueOn: a.due });
    callOk(r, FACILITATOR, "actions.update", { id, status: statusOf(a.status), update: a.note });
  });
  const event = callOk(r, FACILITATOR, "events.create", { id: "evt_elmroad1", title: elmRoad.event.title, date: elmRoad.event.date, ...base });
  const seq = () => nextSeq(r.db);
  const prompts: Prompt[] = elmRoad.prompts.map((text, i) => {
    const p: Prompt = { id: `prompt_${i}xxxxx`, eventId: event.id, stageId: null, position: i, text, createdSeq: seq(), updatedSeq: seq() };
    promptsRepo.insert(r.db, p);
    return p;
  });
  const themes: Theme[] = opts.themed === false ? [] : Object.keys(elmRoad.suggested_themes).map((title, i) => {
    const t: Theme = { id: themeId(`theme_${i}xxxxx`), eventId: event.id, title, colour: "sand", position: i, collapsed: false, deleted: false, createdSeq: seq(), updatedSeq: seq() };
    themesRepo.insert(r.db, t);
    return t;
  });
  const notes = elmRoad.notes.map((n, i) => {
    const added = callOk(r, FACILITATOR, "notes.add", {
      id: `note_${String(i).padStart(3, "0")}xxx`,
      eventId: event.id,
      text: n.text,
      table: n.table,
      lang: n.lang ?? "",
      promptId: prompts[n.prompt]!.id,
    });
    const themeId = themes.find((t) => t.title === suggestedTheme(n.text))?.id ?? null;
    if (!themeId) return added;
    const themed = { ...added, themeId };
    notesRepo.update(r.db, themed);
    return themed;
  });
  return { previous, event, notes, themes, prompts };
}
