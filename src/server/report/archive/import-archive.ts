import { createHash } from "node:crypto";
import type { Database } from "better-sqlite3";
import type { EntityUpsert, HearthEvent } from "../../../core";
import { events, getEvent } from "../../db/repos/events";
import { notes } from "../../db/repos/notes";
import { saveLogo, saveSent } from "../../db/repos/reports";
import { prompts, stages } from "../../db/repos/run-sheet";
import { screens } from "../../db/repos/screens";
import { actions, themes } from "../../db/repos/themes";
import { ballots, paperCounts, rounds, turnoutOf } from "../../db/repos/voting";
import { RoomError } from "../../room-error";
import type { ArchiveContent } from "./format";

/** Notes imported from an archive were typed on another copy of Hearth: this is their "device". */
const IMPORTED_DEVICE = "archive-import";

/** New ids for a copy: derived from the copy's id, so importing the same copy twice is harmless. */
function copyIds(content: ArchiveContent, copyId: string): (id: string) => string {
  const map = new Map<string, string>([[content.event.id, copyId]]);
  for (const x of [...content.stage, ...content.prompt, ...content.note, ...content.theme, ...content.action, ...content.round, ...content.ballot, ...content.paperCount])
    map.set(x.id, createHash("sha256").update(`${copyId}:${x.id}`).digest("hex").slice(0, 32));
  return (id) => map.get(id) ?? id;
}

const anyIdTaken = (db: Database, content: ArchiveContent): boolean => {
  const tables: [string, readonly { id: string }[]][] = [
    ["stage", content.stage],
    ["prompt", content.prompt],
    ["note", content.note],
    ["theme", content.theme],
    ["action", content.action],
    ["vote_round", content.round],
    ["ballot", content.ballot],
    ["paper_count", content.paperCount],
  ];
  return tables.some(([table, rows]) => rows.some((r) => db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(r.id) !== undefined));
};

/**
 * Writes an archived event into this database, in the caller's transaction. "original"
 * keeps every id and is refused if any is already here (never a silent overwrite); "copy"
 * gives everything new ids. Every item gets this change's sequence number; order within the
 * event is kept (positions, and insertion order among equal sequence numbers).
 */
export function importArchive(db: Database, content: ArchiveContent, mode: "original" | "copy", copyId: string | undefined, seq: number, at: string): { event: HearthEvent; upserts: EntityUpsert[] } {
  if (mode === "original" && (getEvent(db, content.event.id) || anyIdTaken(db, content)))
    throw new RoomError("conflict", "This event is already here. Import it as a copy, or cancel.");
  if (mode === "copy" && (!copyId || getEvent(db, copyId))) throw new RoomError("conflict", "Choose a new id for the copy.");
  const remap = mode === "copy" ? copyIds(content, copyId!) : (x: string) => x;
  // A copy's id is of the same kind as the id it replaces (an event's, a note's, …).
  const id = <T extends string>(x: T): T => remap(x) as T;
  const opt = <T extends string>(x: T | null) => (x === null ? null : id(x));
  const stamp = { createdSeq: seq, updatedSeq: seq };
  const event: HearthEvent = {
    ...content.event,
    ...stamp,
    id: id(content.event.id),
    title: mode === "copy" ? `${content.event.title} (copy)` : content.event.title,
    currentStageId: opt(content.event.currentStageId),
  };
  const eventId = event.id;
  const stageRows = content.stage.map((s) => ({ ...s, ...stamp, id: id(s.id), eventId }));
  const promptRows = content.prompt.map((p) => ({ ...p, ...stamp, id: id(p.id), eventId, stageId: opt(p.stageId) }));
  const themeRows = content.theme.map((t) => ({ ...t, ...stamp, id: id(t.id), eventId }));
  const noteRows = content.note.map((n) => ({ ...n, ...stamp, id: id(n.id), eventId, promptId: opt(n.promptId), themeId: opt(n.themeId), mergedInto: opt(n.mergedInto), author: null }));
  const actionRows = content.action.map((a) => ({ ...a, ...stamp, id: id(a.id), eventId, themeId: opt(a.themeId), noteId: opt(a.noteId), carriedFrom: opt(a.carriedFrom) }));
  const screenRows = content.screen.map((x) => ({ ...x, updatedSeq: seq, id: eventId, eventId, spotlight: x.spotlight && { ...x.spotlight, id: id(x.spotlight.id) } }));
  const roundRows = content.round.map((r) => ({
    ...r,
    ...stamp,
    id: id(r.id),
    eventId,
    themeIds: r.themeIds.map(id),
    promptIds: r.promptIds.map(id),
    items: r.items.map(id),
    runoffOf: opt(r.runoffOf),
  }));
  const ballotRows = content.ballot.map((b) => ({ ...b, ...stamp, id: id(b.id), eventId, roundId: id(b.roundId), dots: b.dots.map((d) => ({ ...d, itemId: id(d.itemId) })) }));
  const paperRows = content.paperCount.map((p) => ({ ...p, ...stamp, id: id(p.id), eventId, roundId: id(p.roundId), itemId: id(p.itemId) }));
  events.insert(db, event);
  for (const s of stageRows) stages.insert(db, s);
  for (const p of promptRows) prompts.insert(db, p);
  for (const t of themeRows) themes.insert(db, t);
  for (const n of noteRows) notes.insert(db, n, IMPORTED_DEVICE);
  for (const a of actionRows) actions.insert(db, a);
  for (const x of screenRows) screens.insert(db, x);
  for (const r of roundRows) rounds.insert(db, r);
  for (const b of ballotRows) ballots.insert(db, b);
  for (const p of paperRows) paperCounts.insert(db, p);
  const logo = content.report.logo ? Buffer.from(content.report.logo, "base64") : null;
  // Redaction decisions and quotes name notes, themes and actions by id: they follow the new ids.
  const draft = content.report.draft;
  const remapKey = (key: string) => key.slice(0, key.indexOf("#")).replace(/[A-Za-z0-9_-]{8,64}/gu, id) + key.slice(key.indexOf("#"));
  saveLogo(
    db,
    {
      ...draft,
      eventId,
      logo: logo ? draft.logo : null,
      quoteNoteIds: draft.quoteNoteIds.map(id),
      decisions: Object.fromEntries(Object.entries(draft.decisions).map(([k, v]) => [remapKey(k), v])),
    },
    logo,
    at,
  );
  saveSent(db, eventId, content.report.sent, at);
  const upserts: EntityUpsert[] = [
    { kind: "event", value: event },
    ...stageRows.map((value) => ({ kind: "stage" as const, value })),
    ...promptRows.map((value) => ({ kind: "prompt" as const, value })),
    ...themeRows.map((value) => ({ kind: "theme" as const, value })),
    ...noteRows.map((value) => ({ kind: "note" as const, value })),
    ...actionRows.map((value) => ({ kind: "action" as const, value })),
    ...screenRows.map((value) => ({ kind: "screen" as const, value })),
    ...roundRows.map((value) => ({ kind: "round" as const, value })),
    ...ballotRows.map((value) => ({ kind: "ballot" as const, value })),
    ...paperRows.map((value) => ({ kind: "paperCount" as const, value })),
    ...roundRows.map((r) => ({ kind: "turnout" as const, value: turnoutOf(db, r) })),
  ];
  return { event, upserts };
}
