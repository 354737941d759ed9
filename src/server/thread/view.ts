import type { Database } from "better-sqlite3";
import { currentStatus, type Action, type HearthEvent, type Neighbourhood, type Partnership, type Priority } from "../../core";
import type { MeasureView, NeighbourhoodThread, PartnershipView, PriorityAction, PriorityView, TimelineEntry } from "../../api";
import { highestSeq } from "../db/repos/changes";
import { getEvent, listEvents } from "../db/repos/events";
import { evidenceOf } from "../db/repos/evidence";
import { notes } from "../db/repos/notes";
import { allRecords, eventsOfNeighbourhood, formerNames, neighbourhoodOfEvent, neighbourhoods, partnershipOfEvent, standingNeighbourhood, standingPartnership } from "../db/repos/places";
import { linksTo, priorities, statusesOf, themeLinks } from "../db/repos/priorities";
import { actions, themes } from "../db/repos/themes";
import { finalRoundResults } from "../../core";
import { votingState } from "../report/priorities";
import { RoomError } from "../room-error";
import { priorityOfAction, quotable } from "./links";
import type { ReadonlyDatabase } from "../db/prepared";

const ref = (e: HearthEvent) => ({ id: e.id, title: e.title, date: e.date, kind: e.kind });

/** How a theme (or a note) of one event stood: its notes, and the dots it had in that event's final round. */
function timelineEntry(db: ReadonlyDatabase, event: HearthEvent, itemId: string): TimelineEntry | null {
  const theme = themes.get(db, itemId);
  const results = finalRoundResults(votingState(db, event.id));
  if (theme) {
    if (theme.deleted) return null;
    const themed = notes.listByEvent(db, event.id).filter((n) => n.themeId === theme.id && quotable(n));
    const dots =
      results === null
        ? null
        : results.target === "themes"
          ? (results.items.find((i) => i.itemId === theme.id)?.dots ?? null)
          : results.items.filter((i) => themed.some((n) => n.id === i.itemId)).reduce((sum, i) => sum + i.dots, 0);
    return { event: ref(event), themeId: theme.id, label: theme.title, notes: themed.length, dots };
  }
  const note = notes.get(db, itemId);
  if (!quotable(note)) return null;
  const merged = notes.listByEvent(db, event.id).filter((n) => n.mergedInto === note.id && !n.deleted).length;
  const dots = results?.target === "notes" ? (results.items.find((i) => i.itemId === note.id)?.dots ?? null) : null;
  return { event: ref(event), themeId: null, label: note.text, notes: 1 + merged, dots };
}

/** Every event where the priority came up: where it was adopted, and each theme marked "the same as" it. */
function timelineOf(db: ReadonlyDatabase, p: Priority): TimelineEntry[] {
  const seen = new Set<string>();
  const entries: TimelineEntry[] = [];
  const add = (eventId: string, itemId: string) => {
    const event = getEvent(db, eventId);
    if (!event || seen.has(itemId)) return;
    seen.add(itemId);
    const entry = timelineEntry(db, event, itemId);
    if (entry) entries.push(entry);
  };
  add(p.eventId, p.itemId);
  for (const link of linksTo(db, "theme_priority", themeLinks, p.id)) add(link.eventId, link.themeId);
  return entries.sort((a, b) => (a.event.date < b.event.date ? -1 : a.event.date > b.event.date ? 1 : 0));
}

function actionsOf(db: ReadonlyDatabase, p: Priority, all: readonly Action[]): PriorityAction[] {
  return all.flatMap((action) => {
    if (priorityOfAction(db, action)?.id !== p.id) return [];
    const event = getEvent(db, action.eventId);
    return event ? [{ action, event: ref(event), progress: evidenceOf.progress(db, action.id) }] : [];
  });
}

const measureViews = (db: ReadonlyDatabase, neighbourhoodId: string, priorityId: string | null): MeasureView[] =>
  evidenceOf
    .measures(db, neighbourhoodId)
    .filter((m) => m.priorityId === priorityId)
    .map((measure) => ({ measure, readings: evidenceOf.readings(db, measure.id) }));

export function priorityView(db: ReadonlyDatabase, p: Priority, all: readonly Action[] = liveActions(db)): PriorityView {
  const history = statusesOf(db, p.id);
  const now = currentStatus(history);
  return {
    priority: p,
    status: now?.status ?? "not-started",
    statusOn: now?.on ?? null,
    history,
    timeline: timelineOf(db, p),
    actions: actionsOf(db, p, all),
    wins: evidenceOf.wins(db, p.neighbourhoodId).filter((w) => w.priorityId === p.id),
    measures: measureViews(db, p.neighbourhoodId, p.id),
  };
}

const liveActions = (db: ReadonlyDatabase): Action[] =>
  (db.prepare(`SELECT * FROM action WHERE deleted = 0 ORDER BY created_seq`).all() as Record<string, unknown>[]).map(actions.fromRow);

/** The partnership a neighbourhood joined, else the one its latest event names. */
function partnershipOf(db: ReadonlyDatabase, n: Neighbourhood, events: readonly HearthEvent[]): Partnership | null {
  if (n.partnershipId) return standingPartnership(db, n.partnershipId) ?? null;
  const latest = [...events].reverse().find((e) => e.partnership !== "");
  return latest ? (partnershipOfEvent(db, latest) ?? null) : null;
}

/** A neighbourhood's whole thread: events, priorities with their timelines, actions, wins, measures, experiments. */
export function buildThread(db: ReadonlyDatabase, id: string): NeighbourhoodThread {
  const neighbourhood = standingNeighbourhood(db, id);
  if (!neighbourhood) throw new RoomError("not_found", "That neighbourhood does not exist.");
  const all = liveActions(db);
  const events = eventsOfNeighbourhood(db, neighbourhood.id);
  return {
    neighbourhood,
    partnership: partnershipOf(db, neighbourhood, events),
    formerNames: formerNames(db, "neighbourhood", neighbourhood.id),
    events: events.map(ref),
    priorities: priorities.ofNeighbourhood(db, neighbourhood.id).map((p) => priorityView(db, p, all)),
    wins: evidenceOf.wins(db, neighbourhood.id),
    measures: measureViews(db, neighbourhood.id, null),
    experiments: evidenceOf.experiments(db, neighbourhood.id),
    seq: highestSeq(db),
  };
}

/** A partnership and the neighbourhoods it gathers: those that joined it, and those its events were held for. */
export function buildPartnership(db: ReadonlyDatabase, id: string): PartnershipView {
  const partnership = standingPartnership(db, id);
  if (!partnership) throw new RoomError("not_found", "That partnership does not exist.");
  const { events, members } = partnershipMembers(db, partnership.id);
  return {
    partnership,
    formerNames: formerNames(db, "partnership", partnership.id),
    neighbourhoods: members.map((n) => {
      const ps = priorities.ofNeighbourhood(db, n.id).map((p) => currentStatus(statusesOf(db, p.id))?.status ?? "not-started");
      return { neighbourhood: n, events: eventsOfNeighbourhood(db, n.id).length, priorities: ps.length, open: ps.filter((s) => s === "not-started" || s === "some-progress").length };
    }),
    events: events.map((e) => ({ ...ref(e), neighbourhood: e.neighbourhood })).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
    seq: highestSeq(db),
  };
}

/** A partnership's events, and its neighbourhoods: those that joined it, and those its events were held for. */
export function partnershipMembers(db: ReadonlyDatabase, partnershipId: string): { events: HearthEvent[]; members: Neighbourhood[] } {
  const events = listEvents(db).filter((e) => e.partnership !== "" && standingPartnershipByName(db, e.partnership) === partnershipId);
  const members = allRecords(db, neighbourhoods, "neighbourhood").filter(
    (n) => n.mergedInto === null && (n.partnershipId === partnershipId || events.some((e) => neighbourhoodOfEvent(db, e)?.id === n.id)),
  );
  return { events, members };
}

/** The neighbourhoods whose priorities an event shows: its own, and every one of its partnership. */
export function neighbourhoodsShownAt(db: ReadonlyDatabase, event: HearthEvent): Neighbourhood[] {
  const own = neighbourhoodOfEvent(db, event);
  const partnership = partnershipOfEvent(db, event);
  const members = partnership ? partnershipMembers(db, partnership.id).members : [];
  return own && !members.some((m) => m.id === own.id) ? [own, ...members] : members;
}

function standingPartnershipByName(db: ReadonlyDatabase, name: string): string | undefined {
  const row = db.prepare(`SELECT id FROM partnership WHERE name = ? COLLATE NOCASE`).get(name) as { id: string } | undefined;
  return row ? standingPartnership(db, row.id)?.id : undefined;
}


