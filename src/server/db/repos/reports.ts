import type { Database } from "better-sqlite3";
import { defaultDraft, ReportDraft, ReportSent, SentChannel, type EventId } from "../../../core";
import { z } from "zod";
import type { ReadonlyDatabase } from "../prepared";

interface ReportRow {
  draft: string;
  sent_on: string | null;
  sent_channels: string;
  sent_note: string;
}

/** The draft of an event's report; the default one (not stored) until the organiser first changes it. */
export function getDraft(db: ReadonlyDatabase, eventId: EventId): ReportDraft {
  const row = db.prepare(`SELECT draft FROM report WHERE event_id = ?`).get(eventId) as Pick<ReportRow, "draft"> | undefined;
  return row ? ReportDraft.parse(JSON.parse(row.draft)) : defaultDraft(eventId);
}

function ensureRow(db: Database, eventId: EventId, at: string): void {
  db.prepare(`INSERT INTO report (event_id, draft, updated_at) VALUES (?, ?, ?) ON CONFLICT (event_id) DO NOTHING`).run(
    eventId,
    JSON.stringify(defaultDraft(eventId)),
    at,
  );
}

export function saveDraft(db: Database, draft: ReportDraft, at: string): void {
  ensureRow(db, draft.eventId, at);
  db.prepare(`UPDATE report SET draft = ?, updated_at = ? WHERE event_id = ?`).run(JSON.stringify(draft), at, draft.eventId);
}

/** Stores the logo's bytes with the draft that describes them (one statement: they never disagree). */
export function saveLogo(db: Database, draft: ReportDraft, logo: Uint8Array | null, at: string): void {
  ensureRow(db, draft.eventId, at);
  db.prepare(`UPDATE report SET draft = ?, logo = ?, updated_at = ? WHERE event_id = ?`).run(JSON.stringify(draft), logo, at, draft.eventId);
}

export function getLogo(db: ReadonlyDatabase, eventId: EventId): Buffer | null {
  const row = db.prepare(`SELECT logo FROM report WHERE event_id = ?`).get(eventId) as { logo: Buffer | null } | undefined;
  return row?.logo ?? null;
}

export function getSent(db: ReadonlyDatabase, eventId: EventId): ReportSent | null {
  const row = db.prepare(`SELECT sent_on, sent_channels, sent_note FROM report WHERE event_id = ?`).get(eventId) as Omit<ReportRow, "draft"> | undefined;
  if (!row?.sent_on) return null;
  return ReportSent.parse({ sentOn: row.sent_on, channels: z.array(SentChannel).parse(JSON.parse(row.sent_channels)), note: row.sent_note });
}

export function saveSent(db: Database, eventId: EventId, sent: ReportSent | null, at: string): void {
  ensureRow(db, eventId, at);
  db.prepare(`UPDATE report SET sent_on = ?, sent_channels = ?, sent_note = ?, updated_at = ? WHERE event_id = ?`).run(
    sent?.sentOn ?? null,
    JSON.stringify(sent?.channels ?? []),
    sent?.note ?? "",
    at,
    eventId,
  );
}

/** Every event's sending record, for the events list's 10-day clock. */
export function allSent(db: ReadonlyDatabase): Map<string, ReportSent> {
  const rows = db.prepare(`SELECT event_id, sent_on, sent_channels, sent_note FROM report WHERE sent_on IS NOT NULL`).all() as (ReportRow & { event_id: string })[];
  return new Map(rows.map((r) => [r.event_id, ReportSent.parse({ sentOn: r.sent_on, channels: JSON.parse(r.sent_channels), note: r.sent_note })]));
}

/** The organiser's own names for redaction to look for (the seeded lists live in core). */
export const redactionNames = {
  list: (db: ReadonlyDatabase): string[] => (db.prepare(`SELECT name FROM redaction_name ORDER BY name COLLATE NOCASE`).all() as { name: string }[]).map((r) => r.name),
  add: (db: Database, name: string, at: string) => void db.prepare(`INSERT INTO redaction_name (name, added_at) VALUES (?, ?) ON CONFLICT (name) DO NOTHING`).run(name, at),
  remove: (db: Database, name: string) => void db.prepare(`DELETE FROM redaction_name WHERE name = ?`).run(name),
};
