import { z } from "zod";
import {
  Action,
  Ballot,
  EventCreateInput,
  EventDeleteInput,
  EventRetentionInput,
  EventUpdateInput,
  HearthEvent,
  Id,
  Note,
  PaperCount,
  Prompt,
  Screen,
  Seq,
  Stage,
  Theme,
  Turnout,
  VoteRound,
} from "../../core";
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
  /** Editing an event's details (the set-up screen). */
  "events.update": command(EventUpdateInput, HearthEvent, FACILITATOR_ONLY),
  /**
   * Deletes an event and everything in it, for good: its notes, run sheet, themes, actions,
   * its change feed and stored command results.
   */
  "events.delete": command(EventDeleteInput, z.object({ eventId: Id, deleted: z.literal(true) }), FACILITATOR_ONLY),
  /** How long the event's notes are kept after its date; the report is kept. */
  "events.setRetention": command(EventRetentionInput, HearthEvent, FACILITATOR_ONLY),
} as const;
