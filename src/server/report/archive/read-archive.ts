import { z } from "zod";
import { describeIssues } from "../../../core";
import { ARCHIVE_FORMAT, ARCHIVE_MAX_BYTES, ARCHIVE_VERSION, checksumOf, EventArchive, type ArchiveContent } from "./format";

export type ReadArchive = { ok: true; archive: EventArchive } | { ok: false; message: string };

const Envelope = z.object({ format: z.string(), version: z.number() });

/** Every reference inside the archive points inside it: a note's theme is one of its themes, and so on. */
function integrityProblem(c: ArchiveContent): string | undefined {
  const eventId = c.event.id;
  const all = [...c.stage, ...c.prompt, ...c.note, ...c.theme, ...c.action];
  if (all.some((x) => x.eventId !== eventId)) return "some of its items belong to another event";
  const ids = all.map((x) => x.id);
  if (new Set([...ids, eventId]).size !== ids.length + 1) return "an id appears twice";
  if (c.report.draft.eventId !== eventId) return "its report belongs to another event";
  const has = (list: readonly { id: string }[], id: string | null) => id === null || list.some((x) => x.id === id);
  if (!has(c.stage, c.event.currentStageId)) return "its current stage is missing";
  if (!c.prompt.every((p) => has(c.stage, p.stageId))) return "a question's stage is missing";
  if (!c.note.every((n) => has(c.prompt, n.promptId) && has(c.theme, n.themeId) && has(c.note, n.mergedInto))) return "a note points at something missing";
  if (!c.action.every((a) => has(c.theme, a.themeId) && has(c.note, a.noteId))) return "an action points at something missing";
  return undefined;
}

/**
 * Reads an event archive: JSON, the right format, a version this Hearth knows, a checksum
 * that matches (a damaged or hand-edited file is refused), every item valid, and every
 * reference inside it. Says plainly what is wrong; nothing is changed by reading.
 */
export function readArchive(bytes: Uint8Array): ReadArchive {
  if (bytes.length > ARCHIVE_MAX_BYTES) return { ok: false, message: "That file is too large to be a Hearth event archive." };
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    return { ok: false, message: "That file is not a Hearth event archive (it is not JSON text)." };
  }
  const envelope = Envelope.safeParse(json);
  if (!envelope.success || envelope.data.format !== ARCHIVE_FORMAT) return { ok: false, message: "That file is not a Hearth event archive." };
  if (envelope.data.version > ARCHIVE_VERSION)
    return { ok: false, message: `That archive was made by a newer version of Hearth (format ${envelope.data.version}); update Hearth to import it.` };
  const parsed = EventArchive.safeParse(json);
  if (!parsed.success) return { ok: false, message: `That archive is damaged: ${describeIssues(parsed.error.issues)}` };
  if (checksumOf(parsed.data.content) !== parsed.data.checksum) return { ok: false, message: "That archive is damaged or was changed after it was exported (its checksum does not match)." };
  const problem = integrityProblem(parsed.data.content);
  if (problem) return { ok: false, message: `That archive is damaged: ${problem}.` };
  return { ok: true, archive: parsed.data };
}
