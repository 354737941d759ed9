import type { EventState, Note, RoundResults, Screen, Stage, Theme, Turnout, VoteRound } from "../../../core";
import { currentRound, defaultScreen, lookupIn, notesInOrder, privateNotesWaiting, raisedWith, roundResults } from "../../../core";

export type ProjectorContent =
  | { kind: "blank" }
  | { kind: "spotlight-note"; note: Note; raised: number }
  | { kind: "spotlight-theme"; theme: Theme; notes: Note[] }
  | { kind: "private"; written: number }
  | { kind: "notes"; notes: Note[] }
  | { kind: "themes"; themes: { theme: Theme; notes: Note[] }[]; unsorted: Note[] }
  | { kind: "results"; round: VoteRound | null; turnout: Turnout | undefined; results: RoundResults | null }
  | { kind: "stage"; stage: Stage | null };

export function screenOf(state: EventState): Screen {
  return state.screen.get(state.event.id) ?? defaultScreen(state.event.id, 0);
}

export function currentStage(state: EventState): Stage | null {
  const id = state.event.currentStageId;
  return (id && state.stage.get(id)) || null;
}

/** Notes the wall may show: those on the board (core's isOnBoard), in the order the room received them. */
export const wallNotes = (state: EventState): Note[] => notesInOrder(state);

/** "Raised 3 times" for one note on the wall, by core's one rule (raisedWith). */
export function raisedCount(state: EventState, noteId: string): number {
  return raisedWith(state.note.values()).get(noteId)?.length ?? 1;
}

/** Decides what the wall shows from the event and the facilitator's choices. Pure, so it is tested alone. */
export function chooseContent(state: EventState): ProjectorContent {
  const screen = screenOf(state);
  if (screen.view === "blank") return { kind: "blank" };
  if (screen.spotlight) {
    const { kind, id } = screen.spotlight;
    if (kind === "note") {
      const note = state.note.get(id);
      if (note && !note.deleted && !note.hidden) return { kind: "spotlight-note", note, raised: raisedCount(state, id) };
    } else {
      const theme = state.theme.get(id);
      if (theme && !theme.deleted) return { kind: "spotlight-theme", theme, notes: wallNotes(state).filter((n) => n.themeId === id) };
    }
  }
  const stage = currentStage(state);
  const view = screen.view === "auto" ? autoView(stage) : screen.view;
  const hiddenCount = privateNotesWaiting(state.note.values());
  if ((view === "notes" || view === "themes") && stage?.privateWriting && hiddenCount > 0) return { kind: "private", written: hiddenCount };
  if (view === "notes") return { kind: "notes", notes: notesForStage(state, stage) };
  if (view === "themes") {
    const notes = wallNotes(state);
    const themes = [...state.theme.values()]
      .filter((t) => !t.deleted)
      .sort((a, b) => a.position - b.position)
      .map((theme) => ({ theme, notes: notes.filter((n) => n.themeId === theme.id) }));
    return { kind: "themes", themes, unsorted: notes.filter((n) => n.themeId === null || !state.theme.get(n.themeId) || state.theme.get(n.themeId)?.deleted) };
  }
  if (view === "results") return votingContent(state);
  return { kind: "stage", stage };
}

/** The round the room is on: its turnout while it runs, its ranked results once revealed (never before). */
function votingContent(state: EventState): ProjectorContent {
  const round = currentRound(state) ?? null;
  if (!round) return { kind: "results", round: null, turnout: undefined, results: null };
  const results = round.status === "revealed" ? roundResults(round, state.ballot.values(), state.paperCount.values(), lookupIn(state)) : null;
  return { kind: "results", round, turnout: state.turnout.get(round.id), results };
}

function autoView(stage: Stage | null): Exclude<Screen["view"], "auto"> {
  if (!stage) return "notes";
  switch (stage.kind) {
    case "capture":
      return "notes";
    case "group":
      return "themes";
    case "vote":
      return "results";
    default:
      return "stage";
  }
}

/** The notes of the current stage's prompts; all notes when the stage has no prompts. */
function notesForStage(state: EventState, stage: Stage | null): Note[] {
  const notes = wallNotes(state);
  if (!stage) return notes;
  const promptIds = new Set([...state.prompt.values()].filter((p) => p.stageId === stage.id).map((p) => p.id));
  return promptIds.size === 0 ? notes : notes.filter((n) => n.promptId !== null && promptIds.has(n.promptId));
}

export type { Theme };
