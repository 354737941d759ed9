import { requireEvent } from "../../db/repos/events";
import { notes } from "../../db/repos/notes";
import { getDraft, getLogo, getSent } from "../../db/repos/reports";
import { prompts, stages } from "../../db/repos/run-sheet";
import { screens } from "../../db/repos/screens";
import { actions, themes } from "../../db/repos/themes";
import { ballots, paperCounts, rounds, turnoutOf } from "../../db/repos/voting";
import { VERSION } from "../../version";
import { ARCHIVE_CONTACTS_WARNING, ARCHIVE_ENTERED_BY, ARCHIVE_FORMAT, ARCHIVE_VERSION, checksumOf, type ArchiveContacts, type ArchiveContent, type EventArchive } from "./format";
import { contactPlans, contacts } from "../../db/repos/contacts";
import { contactDeletionDate } from "../../../core";
import type { ReadonlyDatabase } from "../../db/prepared";
import type { EventId } from "../../../core";

/**
 * The event whole, for another copy of Hearth: every stage, prompt, note (deleted and
 * merged ones too, so undo and unmerge still work there), theme and action, the projector's
 * settings, every voting round with its ballots and paper counts, and the report.
 * Who typed each note (the device) is not in it. Residents' contacts are not in it either,
 * unless the organiser chose them (`withContacts`): then they sit apart, under a warning.
 */
export function buildArchive(db: ReadonlyDatabase, eventId: EventId, now = new Date(), options: { withContacts?: boolean } = {}): EventArchive {
  const event = requireEvent(db, eventId);
  const logo = getLogo(db, eventId);
  const content: ArchiveContent = {
    event,
    stage: stages.listByEvent(db, eventId, "position"),
    prompt: prompts.listByEvent(db, eventId, "position"),
    note: notes.listByEvent(db, eventId).map((n) => ({ ...n, author: null })),
    theme: themes.listByEvent(db, eventId, "position"),
    action: actions.listByEvent(db, eventId),
    screen: screens.listByEvent(db, eventId, "updated_seq"),
    // The organiser's own copy: every ballot, sealed or not (ballot ids are not people).
    round: rounds.listByEvent(db, eventId),
    ballot: ballots.listByEvent(db, eventId),
    // Which device typed a paper count stays here, as who typed each note does.
    paperCount: paperCounts.listByEvent(db, eventId).map((p) => ({ ...p, enteredBy: ARCHIVE_ENTERED_BY })),
    turnout: rounds.listByEvent(db, eventId).map((r) => turnoutOf(db, r)),
    report: { draft: getDraft(db, eventId), logo: logo ? logo.toString("base64") : null, sent: getSent(db, eventId) },
  };
  const head = { format: ARCHIVE_FORMAT, version: ARCHIVE_VERSION, exportedAt: now.toISOString(), hearthVersion: VERSION } as const;
  const checksum = checksumOf(content);
  // Chosen contacts come before everything else in the file, under their warning, so no one opens it unaware.
  return options.withContacts ? { ...head, residentContacts: archiveContacts(db, eventId), checksum, content } : { ...head, checksum, content };
}

function archiveContacts(db: ReadonlyDatabase, eventId: EventId): ArchiveContacts {
  const sentOn = getSent(db, eventId)?.sentOn ?? null;
  return {
    warning: ARCHIVE_CONTACTS_WARNING,
    deleteOn: contactDeletionDate(sentOn, contactPlans.get(db, eventId).keepDays),
    contacts: contacts.list(db, eventId).map(({ channel, name, detail }) => ({ channel, name, detail })),
  };
}

export const archiveBytes = (archive: EventArchive): Uint8Array => Buffer.from(`${JSON.stringify(archive, null, 1)}\n`, "utf8");
