import type { Database } from "better-sqlite3";
import type { EntityDelete, EntityUpsert, EventId, FeedScope, Id } from "../../core";
import type { BackupInfo, Contract, DataStatus, MethodName, MethodOutput, MethodParsedInput } from "../../api";
import type { ReadonlyDatabase } from "../db/prepared";
import type { Actor } from "./actor";
import type { RoomPorts } from "./ports";

/** Inside a command's transaction: the sequence number its change will carry, and the server's time. */
export interface CommandContext {
  readonly db: Database;
  readonly actor: Actor;
  readonly seq: number;
  readonly at: string;
  /** What the room reaches beyond its database (joining devices, the LAN). */
  readonly ports: RoomPorts;
}

interface Outcome<T> {
  readonly value: T;
  readonly upserts: readonly EntityUpsert[];
  readonly deletes?: readonly EntityDelete[];
  /** Runs once the transaction has committed (never if it rolls back): effects outside the database, e.g. closing a removed device's sockets. */
  readonly after?: () => void;
  /**
   * Screens following the event must load it afresh (it was deleted): a RELOAD_EVENT change
   * is pushed to them instead of a recorded change.
   */
  readonly reload?: boolean;
  /** Personal data was deleted: after the commit the WAL is checkpointed and truncated, so no copy stays in it. */
  readonly purge?: boolean;
}

/**
 * What a command did, and whose feed records it (core's FeedScope): an event's (`eventId`), a
 * neighbourhood's or partnership's thread (`placeId`), or none: the room's own records
 * (uploads, the redaction names) change no feed (`roomOutcome`). No change is recorded when
 * `upserts` and `deletes` are empty.
 */
export type CommandOutcome<T> = Outcome<T> &
  (
    | { readonly eventId: EventId; readonly placeId?: never }
    | { readonly placeId: Id; readonly eventId?: never }
    | { readonly eventId?: never; readonly placeId?: never; readonly upserts: readonly []; readonly deletes?: readonly [] }
  );

/** A command on the room's own records, in no event's feed and no thread's. */
export const roomOutcome = <T>(value: T): CommandOutcome<T> => ({ value, upserts: [] });

/** The feed a command's change is recorded in; none for the room's own records. */
export function scopeOf(out: CommandOutcome<unknown>): FeedScope | undefined {
  if (out.placeId !== undefined) return { kind: "place", placeId: out.placeId };
  return out.eventId === undefined ? undefined : { kind: "event", eventId: out.eventId };
}

export type CommandHandler<M extends MethodName> = (ctx: CommandContext, input: MethodParsedInput<M>) => CommandOutcome<MethodOutput<M>>;
/** A query reads: its database cannot write (ReadonlyDatabase), so the compiler keeps queries out of the change feed. */
export type QueryHandler<M extends MethodName> = (db: ReadonlyDatabase, input: MethodParsedInput<M>, actor: Actor, ports: RoomPorts) => MethodOutput<M>;

/** The data folder as tasks see it: backups, restore, and what happened at start. */
export interface DataService {
  status(): DataStatus;
  backup(): Promise<BackupInfo>;
  restore(name: string): Promise<{ restored: BackupInfo; savedAs: BackupInfo }>;
  /** Takes residents' contacts the database no longer holds out of the backups. */
  forgetDeletedContacts?(): Promise<number>;
}

export interface TaskContext {
  readonly actor: Actor;
  readonly data: DataService;
  readonly ports: RoomPorts;
}
export type TaskHandler<M extends MethodName> = (ctx: TaskContext, input: MethodParsedInput<M>) => Promise<MethodOutput<M>>;

/** One handler per method of the contract, typed from it, so a missing handler fails to compile. */
export type Handlers = {
  [M in MethodName]: Contract[M]["kind"] extends "command"
    ? CommandHandler<M>
    : Contract[M]["kind"] extends "task"
      ? TaskHandler<M>
      : QueryHandler<M>;
};
export type HandlersOf<K extends MethodName> = Pick<Handlers, K>;
