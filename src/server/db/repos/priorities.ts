import type { Database } from "better-sqlite3";
import { z } from "zod";
import { ActionLink, EventId, NoteId, Priority, PriorityQuote, PriorityStatusEntry, ThemeLink } from "../../../core";
import { prepared } from "../prepared";
import { defineTable } from "./table";
import type { ReadonlyDatabase } from "../prepared";

const PriorityRow = Priority.omit({ quotes: true });

const priorityRows = defineTable(PriorityRow, "priority", {
  id: ["id", "text"],
  neighbourhoodId: ["neighbourhood_id", "text"],
  title: ["title", "text"],
  eventId: ["event_id", "text"],
  adoptedOn: ["adopted_on", "text"],
  roundId: ["round_id", "text"],
  itemId: ["item_id", "text"],
  rank: ["rank", "int"],
  tied: ["tied", "bool"],
  dots: ["dots", "int"],
  voters: ["voters", "int"],
  lead: ["lead", "text"],
  reviewOn: ["review_on", "nullableText"],
  createdSeq: ["created_seq", "int"],
  updatedSeq: ["updated_seq", "int"],
});

const quoteRow = z.object({ id: z.string(), event_id: EventId, note_id: NoteId.nullable(), text: z.string() });

function quotesOf(db: ReadonlyDatabase, priorityId: string): PriorityQuote[] {
  return z
    .array(quoteRow)
    .parse(prepared(db, `SELECT id, event_id, note_id, text FROM priority_quote WHERE priority_id = ? ORDER BY position`).all(priorityId))
    .map((r) => ({ id: r.id, eventId: r.event_id, noteId: r.note_id, text: r.text }));
}

const withQuotes = (db: ReadonlyDatabase, row: z.infer<typeof PriorityRow>): Priority => ({ ...row, quotes: quotesOf(db, row.id) });

function writeQuotes(db: Database, p: Priority): void {
  p.quotes.forEach((q, i) =>
    prepared(db, `INSERT INTO priority_quote (id, priority_id, event_id, note_id, text, position) VALUES (?, ?, ?, ?, ?, ?)`).run(q.id, p.id, q.eventId, q.noteId, q.text, i),
  );
}

export const priorities = {
  get(db: ReadonlyDatabase, id: string): Priority | undefined {
    const row = priorityRows.get(db, id);
    return row && withQuotes(db, row);
  },
  /** A new priority and its quotes. */
  insert(db: Database, p: Priority): void {
    const { quotes: _quotes, ...row } = p;
    priorityRows.insert(db, row);
    writeQuotes(db, p);
  },
  /** A priority as another copy of Hearth has it: its fields and its quotes, in place of ours. */
  replace(db: Database, p: Priority): void {
    priorities.update(db, p);
    prepared(db, `DELETE FROM priority_quote WHERE priority_id = ?`).run(p.id);
    writeQuotes(db, p);
  },
  /** Writes the priority's own fields (its quotes stay as they are). */
  update(db: Database, p: Priority): void {
    const { quotes: _quotes, ...row } = p;
    priorityRows.update(db, row);
  },
  /** A neighbourhood's priorities, in the order they were adopted (their own dates, then rank). */
  ofNeighbourhood(db: ReadonlyDatabase, neighbourhoodId: string): Priority[] {
    const rows = prepared(db, `SELECT * FROM priority WHERE neighbourhood_id = ? ORDER BY adopted_on, rank, created_seq`).all(neighbourhoodId) as Record<string, unknown>[];
    return rows.map((r) => withQuotes(db, priorityRows.fromRow(r)));
  },
};

export const statusEntries = defineTable(PriorityStatusEntry, "priority_status", {
  id: ["id", "text"],
  priorityId: ["priority_id", "text"],
  status: ["status", "text"],
  on: ["on_date", "text"],
  note: ["note", "text"],
  seq: ["seq", "int"],
});

export const statusesOf = (db: ReadonlyDatabase, priorityId: string): PriorityStatusEntry[] =>
  (prepared(db, `SELECT * FROM priority_status WHERE priority_id = ? ORDER BY on_date, seq`).all(priorityId) as Record<string, unknown>[]).map(statusEntries.fromRow);

export const themeLinks = defineTable(ThemeLink, "theme_priority", {
  id: ["id", "text"],
  themeId: ["theme_id", "text"],
  eventId: ["event_id", "text"],
  priorityId: ["priority_id", "nullableText"],
  seq: ["seq", "int"],
});

export const actionLinks = defineTable(ActionLink, "action_priority", {
  id: ["id", "text"],
  actionId: ["action_id", "text"],
  priorityId: ["priority_id", "nullableText"],
  seq: ["seq", "int"],
});

export const linksTo = <T>(db: ReadonlyDatabase, table: "theme_priority" | "action_priority", repo: { fromRow(r: Record<string, unknown>): T }, priorityId: string): T[] =>
  (prepared(db, `SELECT * FROM ${table} WHERE priority_id = ? ORDER BY seq`).all(priorityId) as Record<string, unknown>[]).map((r) => repo.fromRow(r));

/** Inserts or replaces a link row (a theme or an action ties to one priority at a time). */
export function putLink(db: ReadonlyDatabase, table: "theme_priority" | "action_priority", repo: { get(db: ReadonlyDatabase, id: string): unknown; insert(db: ReadonlyDatabase, v: never): void; update(db: ReadonlyDatabase, v: never): void }, link: ThemeLink | ActionLink): void {
  if (repo.get(db, link.id)) repo.update(db, link as never);
  else repo.insert(db, link as never);
  void table;
}
