import { buildReportModel, redactModel, reportFindings, reportWarnings, undecided, type EventId, type Finding, type ReportModel, type ReportSource } from "../../core";
import { redactionNames } from "../db/repos/reports";
import { renderReportHtml } from "./html/render-report";
import { loadReportSource } from "./source";
import type { ReadonlyDatabase } from "../db/prepared";

export interface PreparedReport {
  readonly source: ReportSource;
  /** What the report says with every decision applied (undecided findings redacted). */
  readonly model: ReportModel;
  readonly findings: readonly Finding[];
  readonly undecided: readonly Finding[];
}

/** Reads the event, builds the report, finds likely personal data and applies the organiser's decisions. */
export function prepareReport(db: ReadonlyDatabase, eventId: EventId): PreparedReport {
  const source = loadReportSource(db, eventId);
  const raw = buildReportModel(source);
  const findings = reportFindings(raw, { extraNames: redactionNames.list(db), referenceYear: Number(source.event.date.slice(0, 4)) });
  return { source, model: redactModel(raw, findings, source.draft.decisions), findings, undecided: undecided(findings, source.draft.decisions) };
}

/** The editor's live preview: the exact HTML the PDF is printed from, the findings to review, and what to warn about before export. */
export function reportPreview(db: ReadonlyDatabase, eventId: EventId): { html: string; findings: readonly Finding[]; warnings: readonly string[] } {
  const prepared = prepareReport(db, eventId);
  return { html: renderReportHtml(prepared.model), findings: prepared.findings, warnings: reportWarnings(prepared.model) };
}
