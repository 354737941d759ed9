import type { Database, Statement } from "better-sqlite3";
import { contract, type MethodName } from "../../api";
import type { Actor } from "./actor";

/**
 * A device joined one event and may reach nothing else. Inputs that name an event must name
 * the device's; every handler reads the database through `scopedDatabase`, so a note, theme,
 * round or ballot id of another event reads as missing; and commands are checked again on the
 * event their change lands in (room.ts).
 */
export function outsideScope(actor: Actor, eventId: unknown): boolean {
  return actor.eventId !== undefined && eventId !== undefined && eventId !== actor.eventId;
}

/** The `eventId` field of a parsed input, if it has one. */
export function eventIdOf(input: unknown): unknown {
  return typeof input === "object" && input !== null && Object.hasOwn(input, "eventId") ? (input as { eventId: unknown }).eventId : undefined;
}

export const OUTSIDE_SCOPE_MESSAGE = "This device joined a different event.";

/**
 * The database a call of `method` reads: a device's own event's rows only, but for the views
 * of a neighbourhood's thread (`threadView` in the contract), which span its events by design.
 * They read the whole database; each answers only for the device's own event (checked above by
 * `outsideScope`) and only the thread of the neighbourhoods that event shows.
 */
export function databaseFor(db: Database, actor: Actor, method: MethodName): Database {
  return contract[method].threadView ? db : scopedDatabase(db, actor);
}

const scoped = new WeakMap<Database, Map<string, Database>>();

/**
 * The database as a device's calls see it: every row that belongs to another event (any row
 * with an `event_id` that is not the device's) reads as missing. Handlers look entities up by
 * id in many ways (a note, a round, a ballot); this is the one rule under all of them, so an
 * id from another event is answered exactly like an id that does not exist. The facilitator
 * (no `eventId`) sees the database as it is.
 */
export function scopedDatabase(db: Database, actor: Actor): Database {
  const eventId = actor.eventId;
  if (eventId === undefined) return db;
  let byEvent = scoped.get(db);
  if (!byEvent) scoped.set(db, (byEvent = new Map()));
  let view = byEvent.get(eventId);
  if (!view) byEvent.set(eventId, (view = scopeDatabase(db, eventId)));
  return view;
}

function scopeDatabase(db: Database, eventId: string): Database {
  const visible = (row: unknown): boolean =>
    typeof row !== "object" || row === null || !Object.hasOwn(row, "event_id") || (row as { event_id: unknown }).event_id === eventId;
  const statements = new WeakMap<Statement, Statement>();
  const scopeStatement = (statement: Statement): Statement => {
    let view = statements.get(statement);
    if (view) return view;
    view = new Proxy(statement, {
      get(target, prop) {
        if (prop === "get") return (...args: unknown[]) => {
          const row: unknown = target.get(...args);
          return visible(row) ? row : undefined;
        };
        if (prop === "all") return (...args: unknown[]) => target.all(...args).filter(visible);
        if (prop === "iterate") return function* (...args: unknown[]) {
          for (const row of target.iterate(...args)) if (visible(row)) yield row;
        };
        const value: unknown = Reflect.get(target, prop, target);
        return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
    statements.set(statement, view);
    return view;
  };
  return new Proxy(db, {
    get(target, prop) {
      if (prop === "prepare") return (sql: string) => scopeStatement(target.prepare(sql));
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}
