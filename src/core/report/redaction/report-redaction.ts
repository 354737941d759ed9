import type { RedactionDecision } from "../draft";
import type { ReportModel } from "../model-types";
import { collectUserTexts, mapUserTexts } from "../user-text";
import { findPersonalData, redactText, type FinderOptions, type Finding } from "./finder";

/**
 * Likely personal data in every user text of a document model (a feedback report, a
 * neighbourhood's progress report or good-news sheet): each keyed text searched once.
 */
export function findingsIn(model: unknown, options: FinderOptions): Finding[] {
  return findPersonalData(
    collectUserTexts(model).map((t) => ({ key: t.key, text: t.text })),
    options,
  );
}

/** The model with every decision applied; what is undecided is removed, never kept by accident. */
export function redactUserTexts<T>(model: T, findings: readonly Finding[], decisions: Readonly<Record<string, RedactionDecision>>): T {
  const byField = new Map<string, Finding[]>();
  for (const f of findings) byField.set(f.field, [...(byField.get(f.field) ?? []), f]);
  return mapUserTexts(model, (t) => {
    const mine = byField.get(t.key);
    return mine ? redactText(t.text, mine, decisions) : t.text;
  });
}

/** Likely personal data anywhere in the report's user text (each keyed text searched once). */
export const reportFindings = (model: ReportModel, options: FinderOptions): Finding[] => findingsIn(model, options);

/** The report with every decision applied; what is undecided is removed, never kept by accident. */
export const redactModel = (model: ReportModel, findings: readonly Finding[], decisions: Readonly<Record<string, RedactionDecision>>): ReportModel =>
  redactUserTexts(model, findings, decisions);
