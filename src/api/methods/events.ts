import { z } from "zod";
import { COLLECTION_KINDS, ENTITY_SCHEMAS, EventCreateInput, EventDeleteInput, EventRetentionInput, EventUpdateInput, HearthEvent, Seq, type CollectionKind, type EntitySchemaOf, EventId } from "../../core";
import { command, EVERYONE, FACILITATOR_ONLY, query } from "./define";

/** Every kind an event holds many of (core's COLLECTION_KINDS), as a list. */
const collectionLists = Object.fromEntries(COLLECTION_KINDS.map((kind) => [kind, z.array(ENTITY_SCHEMAS[kind])])) as unknown as {
  [K in CollectionKind]: z.ZodArray<EntitySchemaOf<K>>;
};

/**
 * One event whole: every collection of EventState (core/event-state.ts) as a list. Ballots
 * and paper counts are only those the caller may see: a blind round's stay with the
 * facilitator until revealed.
 */
export const EventSnapshot = z.object({
  event: HearthEvent,
  ...collectionLists,
  /** The feed position the snapshot reflects; subscribe from here. */
  seq: Seq,
  /** The server's clock (epoch ms) when the snapshot was taken: screens learn their clock offset from it. */
  serverTime: z.number(),
});
export type EventSnapshot = z.infer<typeof EventSnapshot>;

export const eventMethods = {
  "events.list": query(z.strictObject({}), z.array(HearthEvent), FACILITATOR_ONLY),
  "events.create": command(EventCreateInput, HearthEvent, FACILITATOR_ONLY),
  "events.snapshot": query(z.strictObject({ eventId: EventId }), EventSnapshot, EVERYONE),
  /** Editing an event's details (the set-up screen). */
  "events.update": command(EventUpdateInput, HearthEvent, FACILITATOR_ONLY),
  /**
   * Deletes an event and everything in it, for good: its notes, run sheet, themes, actions,
   * its change feed and stored command results.
   */
  "events.delete": command(EventDeleteInput, z.object({ eventId: EventId, deleted: z.literal(true) }), FACILITATOR_ONLY),
  /** How long the event's notes are kept after its date; the report is kept. */
  "events.setRetention": command(EventRetentionInput, HearthEvent, FACILITATOR_ONLY),
} as const;
