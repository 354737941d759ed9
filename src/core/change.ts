import { z } from "zod";
import { Action } from "./action";
import { HearthEvent } from "./event";
import { Id, Seq } from "./ids";
import { Note } from "./note";
import { Screen } from "./screen";
import { Prompt, Stage } from "./stage";
import { Theme } from "./theme";
import { Ballot, PaperCount, Turnout } from "./voting/ballot";
import { VoteRound } from "./voting/round";
import { ThreadUpsert, type ThreadKind } from "./thread/upserts";

/**
 * A change in the feed carries the new state of every entity a command touched.
 * Clients fold changes into their copy of an event (event-state.ts). To add an entity kind:
 * add it here, to COLLECTIONS in event-state.ts, and to the snapshot in the contract.
 */
export const EntityUpsert = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("event"), value: HearthEvent }),
  z.object({ kind: z.literal("stage"), value: Stage }),
  z.object({ kind: z.literal("prompt"), value: Prompt }),
  z.object({ kind: z.literal("note"), value: Note }),
  z.object({ kind: z.literal("theme"), value: Theme }),
  z.object({ kind: z.literal("action"), value: Action }),
  z.object({ kind: z.literal("screen"), value: Screen }),
  z.object({ kind: z.literal("round"), value: VoteRound }),
  z.object({ kind: z.literal("ballot"), value: Ballot }),
  z.object({ kind: z.literal("paperCount"), value: PaperCount }),
  z.object({ kind: z.literal("turnout"), value: Turnout }),
  ...ThreadUpsert.options,
]);
export type EntityUpsert = z.infer<typeof EntityUpsert>;
export type EntityKind = EntityUpsert["kind"];
/** Kinds an event's state holds; the neighbourhood thread's kinds (thread/upserts.ts) travel in a neighbourhood's feed. */
export type CollectionKind = Exclude<EntityKind, "event" | ThreadKind>;
export type EntityOf<K extends EntityKind> = Extract<EntityUpsert, { kind: K }>["value"];

export const EntityDelete = z.object({ kind: z.enum(["stage", "prompt", "note", "theme", "action", "screen"]), id: Id });
export type EntityDelete = z.infer<typeof EntityDelete>;

export const Change = z.object({
  seq: Seq,
  eventId: Id,
  command: z.string(),
  /** Server time, ISO 8601: times shown come from the server, never a device's clock. */
  at: z.string(),
  upserts: z.array(EntityUpsert),
  deletes: z.array(EntityDelete),
});
export type Change = z.infer<typeof Change>;
