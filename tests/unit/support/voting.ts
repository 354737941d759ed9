import type { Ballot, ItemLookup, Note, PaperCount, Theme, VoteRound } from "../../../src/core";
import { sampleNote } from "./entities";
import { eventId, noteId, roundId, themeId } from "./ids";

export const EVENT = eventId("evt_12345678");

/** A note as the voting rules see it; the same plain note as every rule test uses (entities.ts). */
export const note = (id: string, over: Partial<Note> = {}): Note => sampleNote(id, { text: `Note ${id}`, position: 0, ...over });

export const theme = (id: string, over: Partial<Theme> = {}): Theme => ({
  id: themeId(id),
  eventId: EVENT,
  title: `Theme ${id}`,
  colour: "sand",
  position: 0,
  collapsed: false,
  deleted: false,
  createdSeq: 1,
  updatedSeq: 1,
  ...over,
});

export const round = (over: Partial<VoteRound> = {}): VoteRound => ({
  id: roundId("round_0001"),
  eventId: EVENT,
  title: "Residents' round",
  target: "notes",
  themeIds: [],
  promptIds: [],
  items: [],
  fixedItems: true,
  dotsPerVoter: 5,
  maxPerItem: 2,
  blind: true,
  timer: null,
  status: "closed",
  final: false,
  runoffOf: null,
  createdSeq: 1,
  updatedSeq: 1,
  ...over,
});

let ballotCount = 0;
export const ballot = (dots: Record<string, number>, over: Partial<Ballot> = {}): Ballot => ({
  id: `ballot_${String(++ballotCount).padStart(4, "0")}`,
  eventId: EVENT,
  roundId: roundId("round_0001"),
  source: "phone",
  dots: Object.entries(dots).map(([itemId, n]) => ({ itemId, dots: n })),
  sealed: false,
  createdSeq: 1,
  updatedSeq: 1,
  ...over,
});

export const paper = (itemId: string, dots: number, over: Partial<PaperCount> = {}): PaperCount => ({
  id: `paper_${itemId}`,
  eventId: EVENT,
  roundId: roundId("round_0001"),
  itemId,
  dots,
  enteredBy: "facilitator",
  sealed: false,
  createdSeq: 1,
  updatedSeq: 1,
  ...over,
});

/** A lookup over lists of notes and themes. */
export function lookupOf(notes: readonly Note[], themes: readonly Theme[] = []): ItemLookup {
  const n = new Map(notes.map((x) => [x.id, x]));
  const t = new Map(themes.map((x) => [x.id, x]));
  return { note: (id) => n.get(noteId(id)), theme: (id) => t.get(themeId(id)) };
}
