import type { RedactionDecision } from "../draft";
import { findAddresses } from "./addresses";
import { findDatesOfBirth, findEmails, findNames, findPhones, findPostcodes, type FindingKind, type Span } from "./detectors";

export type { FindingKind } from "./detectors";

/** One piece of user text in the report, named by a stable key ("note.<id>", "draft.intro", …). */
export interface TextField {
  readonly key: string;
  readonly text: string;
}

/** A likely piece of personal data, for the organiser to redact, keep or edit. */
export interface Finding {
  /** Stable across edits elsewhere: field, kind, the matched text and which occurrence of it. */
  readonly id: string;
  readonly field: string;
  readonly kind: FindingKind;
  readonly start: number;
  readonly end: number;
  readonly match: string;
  /** A few words either side, so the organiser can judge without opening the note. */
  readonly before: string;
  readonly after: string;
}

export interface FinderOptions {
  /** Names the organiser added (any script, matched in any case). */
  readonly extraNames: readonly string[];
  /** The event's year: full dates ten or more years before it are treated as possible dates of birth. */
  readonly referenceYear: number;
}

export const FINDING_LABELS: Readonly<Record<FindingKind, string>> = {
  name: "name",
  phone: "phone number",
  email: "email address",
  postcode: "postcode",
  address: "street address",
  dob: "date of birth",
};

export const REDACTED_TEXT: Readonly<Record<FindingKind, string>> = {
  name: "[name removed]",
  phone: "[phone number removed]",
  email: "[email removed]",
  postcode: "[postcode removed]",
  address: "[address removed]",
  dob: "[date removed]",
};

/** When two findings overlap, the more specific kind wins (an email holds a name; a phone holds a date-like run). */
const PRIORITY: readonly FindingKind[] = ["email", "phone", "postcode", "address", "dob", "name"];
const CONTEXT = 40;

function spansIn(text: string, options: FinderOptions): Span[] {
  const all = [
    ...findEmails(text),
    ...findPhones(text),
    ...findPostcodes(text),
    ...findAddresses(text),
    ...findDatesOfBirth(text, options.referenceYear),
    ...findNames(text, options.extraNames),
  ].sort((a, b) => PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind) || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Span[] = [];
  for (const s of all) if (!kept.some((k) => s.start < k.end && k.start < s.end)) kept.push(s);
  return kept.sort((a, b) => a.start - b.start);
}

/** Finds likely personal data in each field. A field key seen twice (the same note as a quote) is searched once. */
export function findPersonalData(fields: readonly TextField[], options: FinderOptions): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const field of fields) {
    if (seen.has(field.key)) continue;
    seen.add(field.key);
    const occurrences = new Map<string, number>();
    for (const s of spansIn(field.text, options)) {
      const match = field.text.slice(s.start, s.end);
      const base = `${field.key}#${s.kind}#${match}`;
      const n = occurrences.get(base) ?? 0;
      occurrences.set(base, n + 1);
      findings.push({
        id: `${base}#${n}`,
        field: field.key,
        kind: s.kind,
        start: s.start,
        end: s.end,
        match,
        before: field.text.slice(Math.max(0, s.start - CONTEXT), s.start),
        after: field.text.slice(s.end, s.end + CONTEXT),
      });
    }
  }
  return findings;
}

/** Findings that still wait for a decision: nothing may be exported while any remain. */
export function undecided(findings: readonly Finding[], decisions: Readonly<Record<string, RedactionDecision>>): Finding[] {
  return findings.filter((f) => !Object.hasOwn(decisions, f.id));
}

/**
 * The text of one field with the decisions applied: redacted spans become "[name removed]"
 * and the like, edited ones the organiser's words, kept ones stay. Undecided findings are
 * redacted, so a slip can only ever remove too much.
 */
export function redactText(text: string, findings: readonly Finding[], decisions: Readonly<Record<string, RedactionDecision>>): string {
  let out = text;
  for (const f of [...findings].sort((a, b) => b.start - a.start)) {
    const d = Object.hasOwn(decisions, f.id) ? decisions[f.id] : undefined;
    if (d?.action === "keep") continue;
    const replacement = d?.action === "edit" ? d.text : REDACTED_TEXT[f.kind];
    out = out.slice(0, f.start) + replacement + out.slice(f.end);
  }
  return out;
}
