import type { Database } from "better-sqlite3";
import type { EntityUpsert, Neighbourhood } from "../../core";
import { allRecords, eventsOfNeighbourhood, neighbourhoods, partnerships, standingNeighbourhood } from "../db/repos/places";
import { evidenceOf, experiments, measures, progressLines, readings, wins } from "../db/repos/evidence";
import { actionLinks, linksTo, priorities, statusesOf, statusEntries, themeLinks } from "../db/repos/priorities";
import { actions } from "../db/repos/themes";
import { buildArchive } from "../report/archive/export-archive";
import { importArchive } from "../report/archive/import-archive";
import { RoomError } from "../room-error";
import { rememberName } from "../db/repos/names";
import { VERSION } from "../version";
import { NEIGHBOURHOOD_ARCHIVE_FORMAT, NEIGHBOURHOOD_ARCHIVE_VERSION, neighbourhoodChecksum, type NeighbourhoodArchive, type NeighbourhoodArchiveContent } from "./archive-format";
import { buildThread } from "./view";
import { threadDecisions } from "../db/repos/thread-exports";
import type { ReadonlyDatabase } from "../db/prepared";

const rows = (db: ReadonlyDatabase, sql: string, ...args: unknown[]) => db.prepare(sql).all(...args) as Record<string, unknown>[];

/** The review decisions of the neighbourhood's exports, when there are any (an archive without them reads as before). */
function exportDecisionsOf(db: ReadonlyDatabase, neighbourhoodId: string): Pick<NeighbourhoodArchiveContent, "exportDecisions"> {
  const all = Object.entries(threadDecisions.all(db, neighbourhoodId)).map(([findingId, decision]) => ({ findingId, decision }));
  return all.length > 0 ? { exportDecisions: all.sort((a, b) => (a.findingId < b.findingId ? -1 : 1)) } : {};
}

/** The neighbourhood's whole thread, for another copy of Hearth. */
export function buildNeighbourhoodArchive(db: ReadonlyDatabase, id: string, now = new Date()): NeighbourhoodArchive {
  const n = standingNeighbourhood(db, id);
  if (!n) throw new RoomError("not_found", "That neighbourhood does not exist.");
  const events = eventsOfNeighbourhood(db, n.id);
  const ps = priorities.ofNeighbourhood(db, n.id);
  const ms = rows(db, `SELECT * FROM measure WHERE neighbourhood_id = ? ORDER BY seq`, n.id).map(measures.fromRow);
  const thread = buildThread(db, n.id);
  const actionIds = new Set([...events.flatMap((e) => actions.listByEvent(db, e.id).map((a) => a.id)), ...thread.priorities.flatMap((p) => p.actions.map((a) => a.action.id))]);
  const content: NeighbourhoodArchiveContent = {
    neighbourhood: n,
    formerNames: allRecords(db, neighbourhoods, "neighbourhood").filter((r) => r.mergedInto === n.id),
    // The partnership it joined, or the one its latest event names.
    partnership: thread.partnership,
    events: events.map((e) => buildArchive(db, e.id, now).content),
    priorities: ps,
    statuses: ps.flatMap((p) => statusesOf(db, p.id)),
    themeLinks: ps.flatMap((p) => linksTo(db, "theme_priority", themeLinks, p.id)),
    actionLinks: ps.flatMap((p) => linksTo(db, "action_priority", actionLinks, p.id)),
    progress: [...actionIds].flatMap((a) => evidenceOf.progress(db, a)),
    wins: rows(db, `SELECT * FROM win WHERE neighbourhood_id = ? ORDER BY on_date, seq`, n.id).map(wins.fromRow),
    measures: ms,
    readings: ms.flatMap((m) => evidenceOf.readings(db, m.id)),
    experiments: evidenceOf.experiments(db, n.id),
    ...exportDecisionsOf(db, n.id),
  };
  return {
    format: NEIGHBOURHOOD_ARCHIVE_FORMAT,
    version: NEIGHBOURHOOD_ARCHIVE_VERSION,
    exportedAt: now.toISOString(),
    hearthVersion: VERSION,
    checksum: neighbourhoodChecksum(content),
    content,
  };
}

/**
 * Writes an archived neighbourhood into this database, in the caller's transaction, keeping
 * every id: the events (as event archives import them) and every fact of the thread as it
 * was, so the thread reads the same here. Refused, changing nothing, when the neighbourhood
 * or any of its events is already here.
 */
export function importNeighbourhoodArchive(db: Database, c: NeighbourhoodArchiveContent, seq: number, at: string): { neighbourhood: Neighbourhood; upserts: EntityUpsert[] } {
  const taken = [c.neighbourhood, ...c.formerNames].some(
    (n) => neighbourhoods.get(db, n.id) || db.prepare(`SELECT 1 FROM neighbourhood WHERE name = ? COLLATE NOCASE`).get(n.name),
  );
  if (taken) throw new RoomError("conflict", "This neighbourhood (or one of its names) is already here. Merge or rename it first, or cancel.");
  // The partnership keeps its id, unless this copy already has one of that name: then that one it is.
  let mapped = c.partnership?.id ?? null;
  if (c.partnership && !partnerships.get(db, c.partnership.id)) {
    const sameName = db.prepare(`SELECT id FROM partnership WHERE name = ? COLLATE NOCASE`).get(c.partnership.name) as { id: string } | undefined;
    if (sameName) mapped = sameName.id;
    else partnerships.insert(db, c.partnership);
  }
  const joined = c.neighbourhood.partnershipId;
  const neighbourhood = { ...c.neighbourhood, partnershipId: joined !== null && joined === c.partnership?.id ? mapped : joined };
  neighbourhoods.insert(db, neighbourhood);
  for (const n of c.formerNames) neighbourhoods.insert(db, n);
  for (const e of c.events) {
    importArchive(db, e, "original", undefined, seq, at);
    rememberName(db, "partnership", e.event.partnership, seq); // a partnership the events name, for its page
  }
  for (const p of c.priorities) priorities.insert(db, p);
  for (const s of c.statuses) statusEntries.insert(db, s);
  for (const l of c.themeLinks) themeLinks.insert(db, l);
  for (const l of c.actionLinks) actionLinks.insert(db, l);
  for (const x of c.progress) progressLines.insert(db, x);
  for (const w of c.wins) wins.insert(db, w);
  for (const m of c.measures) measures.insert(db, m);
  for (const r of c.readings) readings.insert(db, r);
  for (const x of c.experiments) experiments.insert(db, x);
  for (const d of c.exportDecisions ?? []) threadDecisions.set(db, neighbourhood.id, d.findingId, d.decision, seq);
  const upserts: EntityUpsert[] = [
    { kind: "neighbourhood", value: neighbourhood },
    ...c.priorities.map((value) => ({ kind: "priority" as const, value })),
    ...c.statuses.map((value) => ({ kind: "priorityStatus" as const, value })),
    ...c.wins.map((value) => ({ kind: "win" as const, value })),
    ...c.experiments.map((value) => ({ kind: "experiment" as const, value })),
  ];
  return { neighbourhood, upserts };
}
