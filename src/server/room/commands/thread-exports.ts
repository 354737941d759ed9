import { randomBytes } from "node:crypto";
import { localToday } from "../../../core";
import { threadDecisions, threadExports } from "../../db/repos/thread-exports";
import { standingNeighbourhood } from "../../db/repos/places";
import { ReviewNeededError } from "../../report/export/render-export";
import { runThreadExport, threadExportView } from "../../report/export/run-thread-export";
import { prepareThreadExport } from "../../thread/export-prepare";
import { required, threadOutcome } from "../../thread/records";
import type { HandlersOf } from "../handler";
import { RoomError } from "../../room-error";

/** More decisions than any neighbourhood's exports could need: a runaway screen is stopped. */
const MAX_DECISIONS = 5000;

export const threadExportHandlers: HandlersOf<"neighbourhoods.exportPreview" | "neighbourhoods.decide" | "neighbourhoods.export" | "neighbourhoods.exportStatus"> = {
  "neighbourhoods.exportPreview": (db, request) => {
    const p = prepareThreadExport(db, request, localToday());
    return { kind: request.kind, since: p.since, until: p.until, items: p.items, findings: [...p.findings], decisions: { ...p.decisions } };
  },

  /** One decision on one finding; saved quietly, like the feedback report's (the feed records the command, the export reads it). */
  "neighbourhoods.decide": ({ db, seq }, { neighbourhoodId, findingId, decision }) => {
    const n = required(standingNeighbourhood(db, neighbourhoodId), "That neighbourhood does not exist.");
    const before = threadDecisions.all(db, n.id);
    if (!Object.hasOwn(before, findingId) && Object.keys(before).length >= MAX_DECISIONS) throw new RoomError("too_large", "There are too many redaction decisions on this neighbourhood.");
    threadDecisions.set(db, n.id, findingId, decision, seq);
    return threadOutcome(n.id, { findingId, decision }, []);
  },

  /**
   * Queues the export and returns at once; the file is made after this command commits.
   * Refused until every finding of likely personal data has a decision.
   */
  "neighbourhoods.export": ({ db, at, ports }, input) => {
    const n = required(standingNeighbourhood(db, input.neighbourhoodId), "That neighbourhood does not exist.");
    const services = ports.reports;
    if (!services) throw new RoomError("unavailable", "Exporting is not set up in this copy of Hearth.");
    const before = threadExports.get(db, input.exportId);
    if (before) {
      const same = before.neighbourhoodId === n.id && before.kind === input.kind && before.format === input.format && (input.kind === "progress" || ((input.since ?? before.since) === before.since && (input.until ?? before.until) === before.until));
      if (same) return threadOutcome(n.id, threadExportView(before, services), []);
      throw new RoomError("conflict", "A different export already has that id.");
    }
    const today = localToday(new Date(at));
    const prepared = prepareThreadExport(db, input, today);
    if (prepared.undecided.length > 0) throw new RoomError("conflict", new ReviewNeededError(prepared.undecided.length).message);
    threadExports.insert(db, {
      id: input.exportId,
      neighbourhoodId: n.id,
      kind: input.kind,
      format: input.format,
      since: prepared.since,
      until: prepared.until,
      token: randomBytes(24).toString("base64url"),
      requestedAt: at,
    });
    return {
      ...threadOutcome(n.id, threadExportView(threadExports.get(db, input.exportId)!, services), []),
      after: () => setImmediate(() => void runThreadExport(db, input.exportId, services, n.name)),
    };
  },

  "neighbourhoods.exportStatus": (db, { exportId }, _actor, ports) => threadExportView(required(threadExports.get(db, exportId), "That export does not exist."), ports.reports),
};
