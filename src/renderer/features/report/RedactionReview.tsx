import { useState } from "react";
import { FINDING_LABELS, inputMaxLength, REPLACEMENT_MAX, type RedactionDecision, type ReportDraft, type ReportEdit } from "../../../core";
import type { FindingView } from "../../../api/methods/reports";
import { NameList } from "./NameList";

type Edit = (e: ReportEdit, debounceKey?: string) => void;

/** Where a finding is, in words: which part of the report holds it. */
function whereIs(field: string): string {
  const kind = field.split(".")[0];
  const names: Record<string, string> = {
    note: "a note",
    theme: "a theme title",
    prompt: "a question",
    action: "an action",
    "previous-action": "last event's actions",
    draft: "your text",
    event: "the event's details",
    priority: "a priority",
    priorities: "the vote",
    previous: "last event's title",
    carried: "a carried action",
  };
  return names[kind ?? ""] ?? "the report";
}

function FindingRow({ finding, decision, edit }: { finding: FindingView; decision: RedactionDecision | undefined; edit: Edit }) {
  const [replacement, setReplacement] = useState(decision?.action === "edit" ? decision.text : "");
  const name = `decision-${finding.id}`;
  const decide = (d: RedactionDecision, key?: string) => edit({ op: "decide", key: finding.id, decision: d }, key);
  return (
    <li className={`finding ${decision ? "finding--decided" : ""}`}>
      <p className="finding__what">
        <strong>{FINDING_LABELS[finding.kind]}</strong> <span className="muted">in {whereIs(finding.field)}</span>
      </p>
      <p className="finding__context" dir="auto">
        …{finding.before}
        <mark>{finding.match}</mark>
        {finding.after}…
      </p>
      <fieldset className="finding__choices">
        <legend className="visually-hidden">Decision for “{finding.match}”</legend>
        <label className="check">
          <input type="radio" name={name} checked={decision?.action === "redact"} onChange={() => decide({ action: "redact" })} /> Redact
        </label>
        <label className="check">
          <input type="radio" name={name} checked={decision?.action === "keep"} onChange={() => decide({ action: "keep" })} /> Keep
        </label>
        <label className="check">
          <input type="radio" name={name} checked={decision?.action === "edit"} onChange={() => decide({ action: "edit", text: replacement || "[removed]" })} /> Replace with
        </label>
        <input
          type="text"
          className="finding__replacement"
          aria-label={`Replacement for “${finding.match}”`}
          dir="auto"
          maxLength={inputMaxLength(REPLACEMENT_MAX)}
          value={replacement}
          placeholder="e.g. a neighbour"
          onChange={(e) => {
            setReplacement(e.target.value);
            decide({ action: "edit", text: e.target.value }, `decide:${finding.id}`);
          }}
        />
      </fieldset>
    </li>
  );
}

/**
 * Every likely piece of personal data in the report, each waiting for the organiser's
 * decision: redact, keep, or replace. Nothing is exported until all are decided.
 */
export function RedactionReview({ findings, draft, edit, onNamesChanged }: { findings: readonly FindingView[]; draft: ReportDraft; edit: Edit; onNamesChanged: () => void }) {
  const open = findings.filter((f) => !Object.hasOwn(draft.decisions, f.id));
  return (
    <section aria-labelledby="review-heading" className="review card">
      <h2 id="review-heading">Review personal data</h2>
      <p role="status" className={open.length ? "review__count review__count--open" : "review__count"}>
        {findings.length === 0
          ? "Hearth found no names, phone numbers, emails, postcodes or dates of birth."
          : open.length === 0
            ? `All ${findings.length} decided. Who typed each note and on which device is never in the report.`
            : `${open.length} of ${findings.length} still need a decision before anything is exported.`}
      </p>
      {open.length > 1 && (
        <button type="button" onClick={() => open.forEach((f) => edit({ op: "decide", key: f.id, decision: { action: "redact" } }))}>
          Redact all {open.length} undecided
        </button>
      )}
      <ul className="findings" aria-label="Findings">
        {findings.map((f) => (
          <FindingRow key={f.id} finding={f} decision={Object.hasOwn(draft.decisions, f.id) ? draft.decisions[f.id] : undefined} edit={edit} />
        ))}
      </ul>
      <NameList onChanged={onNamesChanged} />
    </section>
  );
}
