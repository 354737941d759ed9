import { useState, type ReactNode } from "react";
import { FINDING_LABELS, inputMaxLength, REPLACEMENT_MAX, type RedactionDecision } from "../../core";
import type { FindingView } from "../../api/methods/reports";

/** Records one decision; `debounceKey` groups the keystrokes of one replacement into one save. */
export type Decide = (findingId: string, decision: RedactionDecision, debounceKey?: string) => void;

/** Where a finding is, in words: which part of the document holds it. */
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
    thread: "a priority",
    "thread-action": "a priority's action",
    quote: "a resident's quote",
    progress: "a progress line",
    win: "a win",
    measure: "a measure",
    reading: "a measure's reading",
    neighbourhood: "the neighbourhood's name",
    partnership: "the partnership's name",
  };
  return names[kind ?? ""] ?? "the document";
}

function FindingRow({ finding, decision, decide }: { finding: FindingView; decision: RedactionDecision | undefined; decide: Decide }) {
  const [replacement, setReplacement] = useState(decision?.action === "edit" ? decision.text : "");
  const name = `decision-${finding.id}`;
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
          <input type="radio" name={name} checked={decision?.action === "redact"} onChange={() => decide(finding.id, { action: "redact" })} /> Redact
        </label>
        <label className="check">
          <input type="radio" name={name} checked={decision?.action === "keep"} onChange={() => decide(finding.id, { action: "keep" })} /> Keep
        </label>
        <label className="check">
          <input type="radio" name={name} checked={decision?.action === "edit"} onChange={() => decide(finding.id, { action: "edit", text: replacement || "[removed]" })} /> Replace with
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
            decide(finding.id, { action: "edit", text: e.target.value }, `decide:${finding.id}`);
          }}
        />
      </fieldset>
    </li>
  );
}

/**
 * Every likely piece of personal data in a document for residents (the feedback report, a
 * neighbourhood's progress report or good news), each waiting for the organiser's decision:
 * redact, keep, or replace. Nothing is exported until all are decided; the room checks too.
 */
export function PersonalDataReview({
  findings,
  decisions,
  decide,
  headingId,
  heading = "Review personal data",
  children,
}: {
  findings: readonly FindingView[];
  decisions: Readonly<Record<string, RedactionDecision>>;
  decide: Decide;
  headingId: string;
  heading?: string;
  children?: ReactNode;
}) {
  const open = findings.filter((f) => !Object.hasOwn(decisions, f.id));
  return (
    <section aria-labelledby={headingId} className="review card">
      <h2 id={headingId}>{heading}</h2>
      <p role="status" className={open.length ? "review__count review__count--open" : "review__count"}>
        {findings.length === 0
          ? "Hearth found no names, phone numbers, emails, postcodes or dates of birth."
          : open.length === 0
            ? `${findings.length === 1 ? "The one finding is" : `All ${findings.length}`} decided. Who typed each note and on which device is never in the report.`
            : `${open.length} of ${findings.length} still need a decision before anything is exported.`}
      </p>
      {open.length > 1 && (
        <button type="button" onClick={() => open.forEach((f) => decide(f.id, { action: "redact" }))}>
          Redact all {open.length} undecided
        </button>
      )}
      <ul className="findings" aria-label="Findings">
        {findings.map((f) => (
          <FindingRow key={f.id} finding={f} decision={Object.hasOwn(decisions, f.id) ? decisions[f.id] : undefined} decide={decide} />
        ))}
      </ul>
      {children}
    </section>
  );
}
