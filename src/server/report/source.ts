import type { Action, EventId, HearthEvent, ReportSource } from "../../core";
import { events, getEvent, requireEvent } from "../db/repos/events";
import { notes } from "../db/repos/notes";
import { getDraft, getLogo } from "../db/repos/reports";
import { prompts, stages } from "../db/repos/run-sheet";
import { actions, themes } from "../db/repos/themes";
import { prioritiesFor } from "./priorities";
import type { ReadonlyDatabase } from "../db/prepared";
import { threadForReport } from "../thread/report-source";
import { monitoring } from "../db/repos/monitoring";

/**
 * The last event on an earlier day in the same neighbourhood or partnership: its
 * commitments are what "you said, we did" reports on. (Two sessions on one day, or a copy
 * of this event, are not "last time".)
 */
export function previousEvent(db: ReadonlyDatabase, event: HearthEvent): HearthEvent | undefined {
  const row = db
    .prepare(
      `SELECT * FROM event
       WHERE id <> @id
         AND ((@neighbourhood <> '' AND neighbourhood = @neighbourhood) OR (@partnership <> '' AND partnership = @partnership))
         AND date < @date
       ORDER BY date DESC, created_seq DESC LIMIT 1`,
    )
    .get({ id: event.id, neighbourhood: event.neighbourhood, partnership: event.partnership, date: event.date }) as
    | Record<string, unknown>
    | undefined;
  return row && events.fromRow(row);
}

/** Everything the report of `eventId` is drawn from, read in one go. */
export function loadReportSource(db: ReadonlyDatabase, eventId: EventId): ReportSource {
  const event = requireEvent(db, eventId);
  const eventActions = actions.listByEvent(db, eventId);
  const previous = previousEvent(db, event);
  const carriedFrom: Record<string, { title: string; date: string }> = {};
  for (const a of eventActions) {
    if (!a.carriedFrom) continue;
    const from = actions.get(db, a.carriedFrom);
    const fromEvent = from && getEvent(db, from.eventId);
    if (fromEvent) carriedFrom[a.carriedFrom] = { title: fromEvent.title, date: fromEvent.date };
  }
  const draft = getDraft(db, eventId);
  const logo = draft.logo ? getLogo(db, eventId) : null;
  return {
    event,
    prompts: prompts.listByEvent(db, eventId, "position"),
    stages: stages.listByEvent(db, eventId, "position"),
    notes: notes.listByEvent(db, eventId),
    themes: themes.listByEvent(db, eventId, "position"),
    actions: eventActions,
    previous: previous
      ? { event: previous, actions: actions.listByEvent(db, previous.id) as Action[], themes: themes.listByEvent(db, previous.id), notes: notes.listByEvent(db, previous.id) }
      : null,
    thread: threadForReport(db, event),
    carriedFrom,
    priorities: prioritiesFor(db, eventId),
    draft,
    monitoring: monitoring.hasSet(db, eventId)
      ? { set: monitoring.getSet(db, eventId), phone: monitoring.counts(db, eventId, "phone"), paper: monitoring.counts(db, eventId, "paper") }
      : undefined,
    logo: draft.logo && logo ? { mime: draft.logo.mime, base64: logo.toString("base64") } : null,
  };
}
