import { useState } from "react";
import { type MonitoringSet } from "../../../core";
import { slugFor } from "./about-you-draft";

/** The groups the organiser hopes to hear from ("young carers"): one answer of one question each, with a hoped-for count. */
export function AboutYouTargets({ set, onChange }: { set: MonitoringSet; onChange: (next: MonitoringSet) => void }) {
  const [label, setLabel] = useState("");
  const [answer, setAnswer] = useState("");
  const [hoped, setHoped] = useState("10");
  const [problem, setProblem] = useState<string | null>(null);

  function add() {
    const [questionId, optionId] = answer.split("/");
    const hopedFor = Number(hoped);
    if (!label.trim()) return setProblem("Name the group, such as “Young carers”.");
    if (!questionId || !optionId) return setProblem("Choose the answer that stands for the group.");
    if (!Number.isInteger(hopedFor) || hopedFor < 1) return setProblem("Hope for a whole number of people, 1 or more.");
    const id = slugFor(label, new Set(set.targets.map((t) => t.id)), `group-${set.targets.length + 1}`);
    onChange({ ...set, targets: [...set.targets, { id, label: label.trim(), questionId, optionId, hopedFor }] });
    setProblem(null);
    setLabel("");
    setAnswer("");
  }

  const answerLabel = (questionId: string, optionId: string) => {
    const q = set.questions.find((x) => x.id === questionId);
    return `${q?.label ?? questionId}: ${q?.options.find((o) => o.id === optionId)?.label ?? optionId}`;
  };

  return (
    <fieldset className="about-you-setup__targets">
      <legend>Groups we want to hear from</legend>
      {set.targets.length > 0 && (
        <ul className="about-you-setup__list">
          {set.targets.map((t) => (
            <li key={t.id}>
              <bdi>{t.label}</bdi> — {t.hopedFor} hoped for <span className="muted">({answerLabel(t.questionId, t.optionId)})</span>{" "}
              <button type="button" className="button button--small" onClick={() => onChange({ ...set, targets: set.targets.filter((x) => x.id !== t.id) })}>
                Remove <span className="visually-hidden">{t.label}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <label className="field">
        <span className="field__label">Group</span>
        <input value={label} dir="auto" autoComplete="off" placeholder="Young carers" onChange={(e) => setLabel(e.target.value)} />
      </label>
      <label className="field">
        <span className="field__label">Who counts as one of them</span>
        <select value={answer} onChange={(e) => setAnswer(e.target.value)}>
          <option value="">Choose an answer…</option>
          {set.questions.map((q) => (
            <optgroup key={q.id} label={q.label}>
              {q.options.map((o) => (
                <option key={o.id} value={`${q.id}/${o.id}`}>
                  {o.label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field__label">Hoped for (people)</span>
        <input type="number" min={1} value={hoped} onChange={(e) => setHoped(e.target.value)} />
      </label>
      {problem && (
        <p role="alert" className="error">
          {problem}
        </p>
      )}
      <button type="button" className="button" onClick={add}>
        Add group
      </button>
    </fieldset>
  );
}
