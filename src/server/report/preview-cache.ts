import type { EventId } from "../../core";
import { highestSeq } from "../db/repos/changes";
import { getDraft, redactionNames } from "../db/repos/reports";
import { reportPreview } from "./prepare";
import type { ReadonlyDatabase } from "../db/prepared";

type Preview = ReturnType<typeof reportPreview>;

/**
 * The editor's preview, built again only when something it is drawn from has changed: the
 * room's sequence number (every change of every event, so last time's actions too), the
 * draft's version (edits, decisions, logo) and the names list. Building it takes tens to
 * hundreds of milliseconds on a big event, all of it on the room's thread; asking again for the
 * same state (a second report tab, a reload) costs a few small reads. Exports never use it:
 * they always build the report afresh.
 */
const previews = new WeakMap<ReadonlyDatabase, Map<EventId, { key: string; preview: Preview }>>();

export function cachedReportPreview(db: ReadonlyDatabase, eventId: EventId): Preview {
  const key = [highestSeq(db), getDraft(db, eventId).version, redactionNames.list(db).join("\n")].join("\u0000");
  let forDb = previews.get(db);
  if (!forDb) previews.set(db, (forDb = new Map()));
  const known = forDb.get(eventId);
  if (known?.key === key) return known.preview;
  const preview = reportPreview(db, eventId);
  forDb.set(eventId, { key, preview });
  return preview;
}
