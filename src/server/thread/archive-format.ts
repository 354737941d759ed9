import { createHash } from "node:crypto";
import { z } from "zod";
import { ActionLink, ActionProgress, describeIssues, Experiment, Measure, MeasureReading, Neighbourhood, Partnership, Priority, PriorityStatusEntry, RedactionDecision, ThemeLink, Win } from "../../core";
import { ArchiveContent, canonicalJson } from "../report/archive/format";

export const NEIGHBOURHOOD_ARCHIVE_FORMAT = "hearth-neighbourhood-archive";
export const NEIGHBOURHOOD_ARCHIVE_VERSION = 1;
const MAX_BYTES = 48 * 1024 * 1024;

/** A neighbourhood's whole thread: its record and old spellings, its partnership, every event whole, and every fact of the thread. */
export const NeighbourhoodArchiveContent = z.object({
  neighbourhood: Neighbourhood,
  formerNames: z.array(Neighbourhood),
  partnership: Partnership.nullable(),
  events: z.array(ArchiveContent),
  priorities: z.array(Priority),
  statuses: z.array(PriorityStatusEntry),
  themeLinks: z.array(ThemeLink),
  actionLinks: z.array(ActionLink),
  progress: z.array(ActionProgress),
  wins: z.array(Win),
  measures: z.array(Measure),
  readings: z.array(MeasureReading),
  experiments: z.array(Experiment),
  /** The organiser's decisions on personal data in the progress report and good news; absent when there are none (archives made before them read the same). */
  exportDecisions: z.array(z.object({ findingId: z.string().min(1).max(2000), decision: RedactionDecision })).max(5000).optional(),
});
export type NeighbourhoodArchiveContent = z.infer<typeof NeighbourhoodArchiveContent>;

export const NeighbourhoodArchive = z.object({
  format: z.literal(NEIGHBOURHOOD_ARCHIVE_FORMAT),
  version: z.literal(NEIGHBOURHOOD_ARCHIVE_VERSION),
  exportedAt: z.string(),
  hearthVersion: z.string(),
  checksum: z.string(),
  content: NeighbourhoodArchiveContent,
});
export type NeighbourhoodArchive = z.infer<typeof NeighbourhoodArchive>;

export const neighbourhoodChecksum = (content: NeighbourhoodArchiveContent): string =>
  `sha256-${createHash("sha256").update(canonicalJson(content), "utf8").digest("hex")}`;

/** Reads a neighbourhood archive: JSON, this format and a known version, every record valid, and a checksum that matches. */
export function readNeighbourhoodArchive(bytes: Uint8Array): { ok: true; archive: NeighbourhoodArchive } | { ok: false; message: string } {
  if (bytes.length > MAX_BYTES) return { ok: false, message: "That file is too large to be a Hearth neighbourhood archive." };
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    return { ok: false, message: "That file is not a Hearth neighbourhood archive (it is not JSON text)." };
  }
  const head = z.object({ format: z.string(), version: z.number() }).safeParse(json);
  if (!head.success || head.data.format !== NEIGHBOURHOOD_ARCHIVE_FORMAT) return { ok: false, message: "That file is not a Hearth neighbourhood archive." };
  if (head.data.version > NEIGHBOURHOOD_ARCHIVE_VERSION) return { ok: false, message: "That archive was made by a newer version of Hearth; update Hearth to import it." };
  const parsed = NeighbourhoodArchive.safeParse(json);
  if (!parsed.success) return { ok: false, message: `That archive is damaged: ${describeIssues(parsed.error.issues)}` };
  if (neighbourhoodChecksum(parsed.data.content) !== parsed.data.checksum) return { ok: false, message: "That archive is damaged or was changed after it was exported (its checksum does not match)." };
  return { ok: true, archive: parsed.data };
}
