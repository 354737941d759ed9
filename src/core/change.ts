import { z } from "zod";
import { Action } from "./action";
import { HearthEvent } from "./event";
import { Id, Seq, EventId } from "./ids";
import { Note } from "./note";
import { Screen } from "./screen";
import { Prompt, Stage } from "./stage";
import { Theme } from "./theme";
import { Ballot, PaperCount, Turnout } from "./voting/ballot";
import { VoteRound } from "./voting/round";
import { ThreadUpsert } from "./thread/upserts";
import { MonitoringTally } from "./monitoring/counts";

/**
 * Every kind of entity an event holds, with its schema: the one list. The change feed's
 * upserts (below), the snapshot (src/api/methods/events.ts) and eventState() (event-state.ts)
 * are derived from it, so a new kind is added here and nowhere else.
 */
export const ENTITY_SCHEMAS = {
  event: HearthEvent,
  stage: Stage,
  prompt: Prompt,
  note: Note,
  theme: Theme,
  action: Action,
  screen: Screen,
  round: VoteRound,
  ballot: Ballot,
  paperCount: PaperCount,
  turnout: Turnout,
} as const;
type EntitySchemas = typeof ENTITY_SCHEMAS;
/** The kinds an event's state is made of; the neighbourhood thread's kinds (thread/upserts.ts) travel in a neighbourhood's feed. */
export type EventEntityKind = keyof EntitySchemas;
/** The kinds an event holds many of (all but the event itself). */
export type CollectionKind = Exclude<EventEntityKind, "event">;
export const COLLECTION_KINDS: readonly CollectionKind[] = (Object.keys(ENTITY_SCHEMAS) as EventEntityKind[]).filter((k): k is CollectionKind => k !== "event");
export type EntitySchemaOf<K extends EventEntityKind> = EntitySchemas[K];

type UpsertSchema<K extends EventEntityKind> = z.ZodObject<{ kind: z.ZodLiteral<K>; value: EntitySchemas[K] }>;
type AnyUpsertSchema = { [K in EventEntityKind]: UpsertSchema<K> }[EventEntityKind];
const upsertOf = <K extends EventEntityKind>(kind: K): UpsertSchema<K> => z.object({ kind: z.literal(kind), value: ENTITY_SCHEMAS[kind] });

/**
 * A change in the feed carries the new state of every entity a command touched, one upsert
 * per entity, for every kind in ENTITY_SCHEMAS. Clients fold changes into their copy of an
 * event (event-state.ts).
 */
export const EntityUpsert = z.discriminatedUnion("kind", [
  ...((Object.keys(ENTITY_SCHEMAS) as EventEntityKind[]).map(upsertOf) as [AnyUpsertSchema, ...AnyUpsertSchema[]]),
  ...ThreadUpsert.options,
  // A paper tally of "About you" slips: in the event's feed (each correction kept), for the facilitator only (visibility.ts).
  z.object({ kind: z.literal("monitoringTally"), value: MonitoringTally }),
]);
export type EntityUpsert = z.infer<typeof EntityUpsert>;
export type EntityKind = EntityUpsert["kind"];
export type EntityOf<K extends EntityKind> = Extract<EntityUpsert, { kind: K }>["value"];

export const EntityDelete = z.object({ kind: z.enum(["stage", "prompt", "note", "theme", "action", "screen"]), id: Id });
export type EntityDelete = z.infer<typeof EntityDelete>;

/**
 * A change as a screen receives it: it names the event the screen follows (a thread change
 * reaches each event that shows its neighbourhood under that event's id).
 */
export const Change = z.object({
  seq: Seq,
  eventId: EventId,
  command: z.string(),
  /** Server time, ISO 8601: times shown come from the server, never a device's clock. */
  at: z.string(),
  upserts: z.array(EntityUpsert),
  deletes: z.array(EntityDelete),
});
export type Change = z.infer<typeof Change>;

/**
 * Whose feed a change is recorded in: an event's, which its screens follow, or a place's
 * (a neighbourhood's or partnership's) thread, which spans its events; the events that show
 * the place hear of its changes too (src/server/thread/followers.ts).
 */
export type FeedScope = { readonly kind: "event"; readonly eventId: EventId } | { readonly kind: "place"; readonly placeId: Id };

/** A change as the feed records it: under its scope, not yet addressed to a screen. */
export type FeedChange = Omit<Change, "eventId"> & { readonly scope: FeedScope };

/** The key a scope's changes are stored under in the feed: the event's id or the place's. */
export const feedKey = (scope: FeedScope): string => (scope.kind === "event" ? scope.eventId : scope.placeId);

/**
 * A neighbourhood's or partnership's own feed, followed by its page (the facilitator's alone),
 * is addressed on the wire where an event's is: the subscription and its changes carry the
 * place's id in `eventId`. The one place a place's id passes for an event's.
 */
export const placeFeedId = (placeId: Id): EventId => placeId as EventId;

/** A recorded change as the screens following `eventId` receive it. */
export const changeFor = ({ scope: _scope, ...change }: FeedChange, eventId: EventId): Change => ({ ...change, eventId });
