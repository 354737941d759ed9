import type { RedactionDecision } from "../draft";
import type { ReportModel } from "../model-types";
import { collectUserTexts, mapUserTexts } from "../user-text";
import { findPersonalData, redactText, type FinderOptions, type Finding } from "./finder";

/** Likely personal data anywhere in the report's user text (each keyed text searched once). */
export function reportFindings(model: ReportModel, options: FinderOptions): Finding[] {
  return findPersonalData(
    collectUserTexts(model).map((t) => ({ key: t.key, text: t.text })),
    options,
  );
}

/** The report with every decision applied; what is undecided is removed, never kept by accident. */
export function redactModel(model: ReportModel, findings: readonly Finding[], decisions: Readonly<Record<string, RedactionDecision>>): ReportModel {
  const byField = new Map<string, Finding[]>();
  for (const f of findings) byField.set(f.field, [...(byField.get(f.field) ?? []), f]);
  return mapUserTexts(model, (t) => {
    const mine = byField.get(t.key);
    return mine ? redactText(t.text, mine, decisions) : t.text;
  });
}
