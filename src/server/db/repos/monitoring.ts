import type { Database } from "better-sqlite3";
import { defaultMonitoringSet, MonitoringSet, type EventId, type MonitoringCount } from "../../../core";
import { prepared, type ReadonlyDatabase } from "../prepared";

export type CountSource = "phone" | "paper";

/**
 * "About you": an event's set, its counts per option and source, and which devices have
 * answered (never what). See migration 0500 for why nothing here links an answer to anyone.
 */
export const monitoring = {
  /** The event's set; the standard questions, off, until the organiser saves one. */
  getSet(db: ReadonlyDatabase, eventId: EventId): MonitoringSet {
    const row = prepared(db, `SELECT event_id, body FROM monitoring_set WHERE event_id = ?`).get(eventId) as { body: string } | undefined;
    return row ? MonitoringSet.parse(JSON.parse(row.body)) : defaultMonitoringSet(eventId);
  },
  hasSet(db: ReadonlyDatabase, eventId: string): boolean {
    return prepared(db, `SELECT event_id FROM monitoring_set WHERE event_id = ?`).get(eventId) !== undefined;
  },
  saveSet(db: Database, set: MonitoringSet): void {
    prepared(db, `INSERT INTO monitoring_set (event_id, body) VALUES (?, ?) ON CONFLICT(event_id) DO UPDATE SET body = excluded.body`).run(set.eventId, JSON.stringify(set));
  },

  counts(db: ReadonlyDatabase, eventId: string, source: CountSource): MonitoringCount[] {
    const rows = prepared(db, `SELECT event_id, question_id, option_id, count FROM monitoring_count WHERE event_id = ? AND source = ? AND count > 0 ORDER BY question_id, option_id`).all(
      eventId,
      source,
    ) as { question_id: string; option_id: string; count: number }[];
    return rows.map((r) => ({ questionId: r.question_id, optionId: r.option_id, count: r.count }));
  },
  /** One more answer to an option (a phone's). */
  increment(db: Database, eventId: string, questionId: string, optionId: string): void {
    prepared(
      db,
      `INSERT INTO monitoring_count (event_id, source, question_id, option_id, count) VALUES (?, 'phone', ?, ?, 1)
       ON CONFLICT(event_id, source, question_id, option_id) DO UPDATE SET count = count + 1`,
    ).run(eventId, questionId, optionId);
  },
  /** A paper tally: the whole count for an option, typed again to correct it. */
  setPaper(db: Database, eventId: string, questionId: string, optionId: string, count: number): void {
    prepared(
      db,
      `INSERT INTO monitoring_count (event_id, source, question_id, option_id, count) VALUES (?, 'paper', ?, ?, ?)
       ON CONFLICT(event_id, source, question_id, option_id) DO UPDATE SET count = excluded.count`,
    ).run(eventId, questionId, optionId, count);
  },
  paperCount(db: ReadonlyDatabase, eventId: string, questionId: string, optionId: string): number {
    const row = prepared(db, `SELECT event_id, count FROM monitoring_count WHERE event_id = ? AND source = 'paper' AND question_id = ? AND option_id = ?`).get(
      eventId,
      questionId,
      optionId,
    ) as { count: number } | undefined;
    return row?.count ?? 0;
  },

  hasAnswered(db: ReadonlyDatabase, eventId: string, deviceId: string): boolean {
    return prepared(db, `SELECT event_id FROM monitoring_answered WHERE event_id = ? AND device_id = ?`).get(eventId, deviceId) !== undefined;
  },
  markAnswered(db: Database, eventId: string, deviceId: string): void {
    prepared(db, `INSERT INTO monitoring_answered (event_id, device_id) VALUES (?, ?)`).run(eventId, deviceId);
  },
  phonesAnswered(db: ReadonlyDatabase, eventId: string): number {
    return (prepared(db, `SELECT COUNT(*) AS n FROM monitoring_answered WHERE event_id = ?`).get(eventId) as { n: number }).n;
  },
};
