import { z } from "zod";
import { Action, Ballot, EventCreateInput, HearthEvent, Id, Note, PaperCount, Prompt, Screen, Seq, Stage, Theme, Turnout, VoteRound } from "../../core";
import { command, EVERYONE, FACILITATOR_ONLY, query } from "./define";

/** One event whole: every collection of EventState (core/event-state.ts) as a list. */
export const EventSnapshot = z.object({
  event: HearthEvent,
  stage: z.array(Stage),
  prompt: z.array(Prompt),
  note: z.array(Note),
  theme: z.array(Theme),
  action: z.array(Action),
  screen: z.array(Screen),
  round: z.array(VoteRound),
  /** Only those the caller may see: a blind round's ballots and paper counts stay with the facilitator until revealed. */
  ballot: z.array(Ballot),
  paperCount: z.array(PaperCount),
  turnout: z.array(Turnout),
  /** The feed position the snapshot reflects; subscribe from here. */
  seq: Seq,
  /** The server's clock (epoch ms) when the snapshot was taken: screens learn their clock offset from it. */
  serverTime: z.number(),
});
export type EventSnapshot = z.infer<typeof EventSnapshot>;

export const eventMethods = {
  "events.list": query(z.strictObject({}), z.array(HearthEvent), FACILITATOR_ONLY),
  "events.create": command(EventCreateInput, HearthEvent, FACILITATOR_ONLY),
  "events.snapshot": query(z.strictObject({ eventId: Id }), EventSnapshot, EVERYONE),
} as const;
