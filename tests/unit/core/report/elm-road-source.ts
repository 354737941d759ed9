import { defaultDraft, type Action, type HearthEvent, type Note, type Prompt, type ReportSource, type Theme, type ThemeId } from "../../../../src/core";
import { elmRoad, statusOf, suggestedTheme } from "../../../fixtures/elm-road";
import { eventId, noteId, themeId } from "../../support/ids";

/** The Elm Road event as a ReportSource: notes themed by the fixture's suggestions, last event's actions carried in. */
export function elmRoadSource(over: Partial<ReportSource> = {}): ReportSource {
  let seq = 1;
  const event: HearthEvent = {
    id: eventId("evt_elmroad1"),
    kind: "listening",
    title: elmRoad.event.title,
    neighbourhood: elmRoad.event.neighbourhood,
    partnership: elmRoad.event.partnership,
    venue: elmRoad.event.venue,
    date: elmRoad.event.date,
    status: "closed",
    feedbackDueOn: "2026-11-24",
    currentStageId: null,
    timer: null,
    attribution: true, retentionMonths: null,
    createdSeq: seq,
    updatedSeq: seq,
  };
  const prompts: Prompt[] = elmRoad.prompts.map((text, i) => ({ id: `prompt_${i}xxxxx`, eventId: event.id, stageId: null, position: i, text, createdSeq: ++seq, updatedSeq: seq }));
  const themes: Theme[] = Object.keys(elmRoad.suggested_themes).map((title, i) => ({
    id: themeId(`theme_${i}xxxxx`),
    eventId: event.id,
    title,
    colour: "sand",
    position: i,
    collapsed: false,
    deleted: false,
    createdSeq: ++seq,
    updatedSeq: seq,
  }));
  const themeOfNote = (text: string) => themes.find((t) => t.title === suggestedTheme(text))?.id ?? null;
  const notes: Note[] = elmRoad.notes.map((n, i) => ({
    id: noteId(`note_${String(i).padStart(3, "0")}xxx`),
    eventId: event.id,
    promptId: prompts[n.prompt]!.id,
    themeId: themeOfNote(n.text),
    text: n.text,
    table: n.table,
    lang: n.lang ?? "",
    source: "typed",
    // Attribution is on: the author must still never reach the report.
    author: "Table B laptop (Sam)",
    mergedInto: null,
    hidden: false,
    deleted: false,
    position: i,
    createdSeq: ++seq,
    updatedSeq: seq,
  }));
  const previousEvent: HearthEvent = { ...event, id: eventId("evt_elmprev1"), title: "Elm Road summer listening event", date: "2026-06-20", feedbackDueOn: "2026-06-30" };
  const previousActions: Action[] = elmRoad.previous_actions.map((a, i) => ({
    id: `prevact_${i}xxxx`,
    eventId: previousEvent.id,
    themeId: null,
    noteId: null,
    text: a.text,
    owner: a.owner,
    dueOn: a.due,
    status: statusOf(a.status),
    update: a.note,
    carriedFrom: null,
    deleted: false,
    createdSeq: i + 1,
    updatedSeq: i + 1,
  }));
  const actions: Action[] = [
    action("act_shelter1", "Ask the council and the bus company for a shelter and a bench at the Elm Road stop", "Northfield Community Partnership", "2027-01-31", themes[0]!.id),
    action("act_gpnurse1", "Set up a weekly GP nurse drop-in at the community centre", "Primary care network", "2027-02-28", themes[1]!.id),
    { ...action("act_gpphone1", "Raise GP phone access with the practice", "Primary care network", "2026-12-15", null), carriedFrom: previousActions[2]!.id },
  ];
  function action(id: string, text: string, owner: string, dueOn: string, theme: ThemeId | null): Action {
    return { id, eventId: event.id, themeId: theme, noteId: null, text, owner, dueOn, status: "open", update: "", carriedFrom: null, deleted: false, createdSeq: ++seq, updatedSeq: seq };
  }
  return {
    event,
    prompts,
    stages: [],
    notes,
    themes,
    actions,
    previous: { event: previousEvent, actions: previousActions },
    carriedFrom: { [previousActions[2]!.id]: { title: previousEvent.title, date: previousEvent.date } },
    priorities: null,
    draft: { ...defaultDraft(event.id), attendance: elmRoad.event.attendance },
    logo: null,
    ...over,
  };
}

/** The fixture's paper dots per theme, with invented phone dots, as the voting feature would hand them over. */
export function elmRoadPriorities() {
  const phone: Record<string, number> = { "Seeing a GP and getting help": 19, Homes: 14, "Somewhere to go, someone to see": 12, "Getting about": 9, "Feeling safe": 9, "Food and money": 4 };
  const items = Object.entries(elmRoad.paper_dots).map(([label, paperDots]) => {
    const phoneDots = phone[label] ?? 0;
    return { label, dots: paperDots + phoneDots, voters: Math.ceil((paperDots + phoneDots) / 2), phoneDots, paperDots, rank: 0, tied: false };
  });
  return { roundTitle: "Community round", howItRan: "3 dots each, at most 2 on one theme; 22 people voted by phone and 41 with paper dots.", items };
}
