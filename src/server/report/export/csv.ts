import type { ReportModel, ReportSection } from "../../../core";
import { csvCell } from "./csv-cell";

export interface NoteVotes {
  readonly dots: number;
  readonly phoneDots: number;
  readonly paperDots: number;
}

/**
 * The report's notes as CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheet programs
 * read Arabic and Polish right): one row per note the report shows, with its theme, the
 * question it answered, how often it was raised, and its votes (empty until votes exist).
 * Text comes from the redacted report, so it says exactly what the PDF says.
 */
export function renderNotesCsv(model: ReportModel, promptOfNote: ReadonlyMap<string, string>, votes: ReadonlyMap<string, NoteVotes> | null): string {
  const said = model.sections.find((s): s is Extract<ReportSection, { key: "what-you-said" }> => s.key === "what-you-said");
  const prompts = new Map(
    (model.sections.find((s): s is Extract<ReportSection, { key: "what-we-asked" }> => s.key === "what-we-asked")?.prompts ?? []).map((p) => [p.key, p.text]),
  );
  const header = ["theme", "question", "note", "language", "raised", "dots", "phone dots", "paper dots"];
  const rows = (said?.themes ?? []).flatMap((t) =>
    t.notes.map((n) => {
      const v = votes?.get(n.id);
      const promptKey = promptOfNote.get(n.id);
      return [t.title?.text ?? "Not yet themed", promptKey ? (prompts.get(promptKey) ?? "") : "", n.text.text, n.text.lang, n.raised, v?.dots ?? null, v?.phoneDots ?? null, v?.paperDots ?? null];
    }),
  );
  return `\ufeff${[header, ...rows].map((r) => r.map(csvCell).join(",")).join("\r\n")}\r\n`;
}
