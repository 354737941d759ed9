import { createHash } from "node:crypto";
import { applyReportEdit, autoQuoteIds, localToday, SEED_FIRST_NAMES, SEED_SURNAMES, type EventId, type HearthEvent, type ReportDraft } from "../../../core";
import { events, listEvents, requireEvent } from "../../db/repos/events";
import { notes } from "../../db/repos/notes";
import { allSent, getDraft, getSent, redactionNames, saveDraft, saveLogo, saveSent } from "../../db/repos/reports";
import { themes } from "../../db/repos/themes";
import { uploads } from "../../db/repos/uploads";
import { checkLogo } from "../../report/logo";
import { cachedReportPreview } from "../../report/preview-cache";
import { roomOutcome, type CommandOutcome, type HandlersOf } from "../handler";
import { RoomError } from "../../room-error";
import type { ReadonlyDatabase } from "../../db/prepared";

const MAX_DECISIONS = 5000;

/** No outcome upserts: the draft is the organiser's alone, and is not pushed to every screen of the event. */
const quiet = <T>(value: T, eventId: EventId): CommandOutcome<T> => ({ value, eventId, upserts: [] });

const namesView = (db: ReadonlyDatabase) => ({ names: redactionNames.list(db), seeded: SEED_FIRST_NAMES.length + SEED_SURNAMES.length });

export const reportHandlers: HandlersOf<
  | "reports.draft"
  | "reports.update"
  | "reports.setLogo"
  | "reports.preview"
  | "reports.names"
  | "reports.addName"
  | "reports.removeName"
  | "reports.setDueOn"
  | "reports.recordSent"
  | "reports.clock"
> = {
  "reports.draft": (db, { eventId }) => {
    requireEvent(db, eventId);
    return { draft: getDraft(db, eventId), sent: getSent(db, eventId) };
  },

  "reports.update": ({ db, at }, { eventId, edit }) => {
    requireEvent(db, eventId);
    const draft = getDraft(db, eventId);
    if (edit.op === "quote") {
      const note = notes.get(db, edit.noteId);
      if (!note || note.eventId !== eventId || note.deleted || note.hidden || note.mergedInto) throw new RoomError("invalid_input", "noteId: that note is not shown in this report.");
    }
    if (edit.op === "decide" && !Object.hasOwn(draft.decisions, edit.key) && Object.keys(draft.decisions).length >= MAX_DECISIONS)
      throw new RoomError("too_large", "There are too many redaction decisions on this report.");
    const auto = edit.op === "quote" ? autoQuoteIds(notes.listByEvent(db, eventId), themes.listByEvent(db, eventId)) : [];
    const next = applyReportEdit(draft, edit, auto);
    saveDraft(db, next, at);
    return quiet(next, eventId);
  },

  "reports.setLogo": ({ db, at }, { eventId, uploadId }) => {
    requireEvent(db, eventId);
    const bytes = uploads.assemble(db, uploadId, "logo");
    if (!bytes) throw new RoomError("invalid_input", "That logo has not fully arrived; choose the file again.");
    const check = checkLogo(bytes);
    if (!check.ok) throw new RoomError("invalid_input", check.message);
    const draft = getDraft(db, eventId);
    const logo = { mime: check.mime, width: check.width, height: check.height, bytes: bytes.length, sha256: createHash("sha256").update(bytes).digest("hex") };
    const next: ReportDraft = { ...draft, logo, version: draft.version + 1 };
    saveLogo(db, next, bytes, at);
    uploads.drop(db, uploadId);
    return quiet(next, eventId);
  },

  "reports.preview": (db, { eventId }, _actor, ports) => {
    requireEvent(db, eventId);
    // The report page is open: a PDF may be asked for soon, so the printer gets ready now.
    ports.reports?.printer.warm?.();
    const { html, findings, warnings } = cachedReportPreview(db, eventId);
    return { html, findings: [...findings], warnings: [...warnings] };
  },

  "reports.names": (db) => namesView(db),

  "reports.addName": ({ db, at }, { name }) => {
    redactionNames.add(db, name, at);
    return roomOutcome(namesView(db));
  },

  "reports.removeName": ({ db }, { name }) => {
    redactionNames.remove(db, name);
    return roomOutcome(namesView(db));
  },

  "reports.setDueOn": ({ db, seq }, { eventId, dueOn }) => {
    const event = requireEvent(db, eventId);
    if (dueOn < event.date) throw new RoomError("invalid_input", "dueOn: the report cannot be due before the event.");
    if (dueOn === event.feedbackDueOn) return { value: event, eventId, upserts: [] };
    const next: HearthEvent = { ...event, feedbackDueOn: dueOn, updatedSeq: seq };
    events.update(db, next);
    return { value: next, eventId, upserts: [{ kind: "event", value: next }] };
  },

  "reports.recordSent": ({ db, at }, { eventId, sent }) => {
    const event = requireEvent(db, eventId);
    if (sent && sent.sentOn < event.date) throw new RoomError("invalid_input", "sentOn: the report cannot go out before the event.");
    if (sent && sent.sentOn > localToday()) throw new RoomError("invalid_input", "sentOn: that date has not come yet.");
    saveSent(db, eventId, sent && { ...sent, channels: [...new Set(sent.channels)] }, at);
    return quiet({ draft: getDraft(db, eventId), sent: getSent(db, eventId) }, eventId);
  },

  "reports.clock": (db) => {
    const sent = allSent(db);
    return { today: localToday(), reports: listEvents(db).map((e) => ({ eventId: e.id, feedbackDueOn: e.feedbackDueOn, sent: sent.get(e.id) ?? null })) };
  },
};
