import { useEffect, useState } from "react";
import { isStandardQuestion, STANDARD_QUESTIONS, type MonitoringSet } from "../../../core";
import { useClient } from "../../app/ClientContext";
import { useCommand } from "../../app/useCommand";
import { hrefFor } from "../../app/router";
import { ErrorMessage } from "../../ui/ErrorMessage";
import { addCustomQuestion, districtsText, toggleStandard, updateQuestion, withDistricts } from "./about-you-draft";
import { AboutYouTargets } from "./AboutYouTargets";

/**
 * The event's "About you" set: which standard questions it asks (each with "Prefer not to say"),
 * questions of the organiser's own, which are special category, and the groups it hopes to hear
 * from. Saved with one button; phones ask for it when they offer the form.
 */
export function AboutYouSetup({ eventId }: { eventId: string }) {
  const client = useClient();
  const { run, busy, error } = useCommand();
  const [draft, setDraft] = useState<MonitoringSet | null>(null);
  const [saved, setSaved] = useState(false);
  const [own, setOwn] = useState({ label: "", options: "", special: false });
  const [ownProblem, setOwnProblem] = useState<string | null>(null);
  useEffect(() => {
    void client.call("monitoring.set", { eventId }).then((r) => r.ok && setDraft(r.value));
  }, [client, eventId]);
  if (!draft) return <section className="card about-you-setup">Loading “About you”…</section>;

  const change = (next: MonitoringSet) => {
    setSaved(false);
    setDraft(next);
  };
  const save = () => void run("monitoring.save", draft).then((r) => r && setSaved(true));
  const addOwn = () => {
    if (!own.label.trim()) return setOwnProblem("Type the question.");
    if (!own.options.trim()) return setOwnProblem("Type its answers, one per line.");
    change(addCustomQuestion(draft, own.label, own.options, own.special));
    setOwn({ label: "", options: "", special: false });
    setOwnProblem(null);
  };

  return (
    <section className="card about-you-setup" aria-labelledby="about-you-setup-heading">
      <h2 id="about-you-setup-heading">About you</h2>
      <p className="muted">
        Optional questions offered on phones after the notes or the vote, and on paper slips, so you know who you heard from. Every question has “Prefer not to say”. Only counts
        are kept, never who answered what.
      </p>
      <label className="stage-fields__check">
        <input type="checkbox" checked={draft.enabled} onChange={(e) => change({ ...draft, enabled: e.target.checked })} />
        Ask “About you” at this event
      </label>
      <fieldset className="about-you-setup__questions">
        <legend>Questions</legend>
        <ul className="about-you-setup__list">
          {STANDARD_QUESTIONS.map((std) => {
            const q = draft.questions.find((x) => x.id === std.id);
            return (
              <li key={std.id}>
                <label className="stage-fields__check">
                  <input type="checkbox" checked={q !== undefined} onChange={(e) => change(toggleStandard(draft, std.id, e.target.checked))} />
                  {std.label}
                </label>
                {q && (
                  <label className="about-you-setup__special">
                    <input type="checkbox" checked={q.specialCategory} onChange={(e) => change(updateQuestion(draft, q.id, (x) => ({ ...x, specialCategory: e.target.checked })))} />
                    Special category <span className="visually-hidden">: {std.label}</span>
                  </label>
                )}
                {q && std.id === "postcode" && (
                  <label className="field">
                    <span className="field__label">Postcode districts the event serves, separated by commas</span>
                    <input
                      defaultValue={districtsText(q)}
                      autoComplete="off"
                      placeholder="LS7, LS8"
                      onBlur={(e) => change(updateQuestion(draft, q.id, (x) => withDistricts(x, e.target.value)))}
                    />
                  </label>
                )}
              </li>
            );
          })}
          {draft.questions
            .filter((q) => !isStandardQuestion(q.id))
            .map((q) => (
              <li key={q.id}>
                <bdi>{q.label}</bdi> <span className="muted">({q.options.map((o) => o.label).join(", ")})</span>
                <label className="about-you-setup__special">
                  <input type="checkbox" checked={q.specialCategory} onChange={(e) => change(updateQuestion(draft, q.id, (x) => ({ ...x, specialCategory: e.target.checked })))} />
                  Special category <span className="visually-hidden">: {q.label}</span>
                </label>
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => change({ ...draft, questions: draft.questions.filter((x) => x.id !== q.id), targets: draft.targets.filter((t) => t.questionId !== q.id) })}
                >
                  Remove <span className="visually-hidden">{q.label}</span>
                </button>
              </li>
            ))}
        </ul>
      </fieldset>
      <fieldset className="about-you-setup__own">
        <legend>Add a question of your own</legend>
        <label className="field">
          <span className="field__label">Question</span>
          <input value={own.label} dir="auto" autoComplete="off" onChange={(e) => setOwn({ ...own, label: e.target.value })} />
        </label>
        <label className="field">
          <span className="field__label">Answers, one per line</span>
          <textarea value={own.options} dir="auto" rows={3} onChange={(e) => setOwn({ ...own, options: e.target.value })} />
        </label>
        <label className="stage-fields__check">
          <input type="checkbox" checked={own.special} onChange={(e) => setOwn({ ...own, special: e.target.checked })} />
          Special category (health, ethnicity, religion, sexual orientation…)
        </label>
        {ownProblem && (
          <p role="alert" className="error">
            {ownProblem}
          </p>
        )}
        <button type="button" className="button" onClick={addOwn}>
          Add question
        </button>
      </fieldset>
      <AboutYouTargets set={draft} onChange={change} />
      <div className="about-you-setup__save">
        <button type="button" className="button button--primary" disabled={busy} onClick={save}>
          Save “About you”
        </button>
        {saved && <span role="status">Saved.</span>}
      </div>
      <ErrorMessage error={error} />
      <p>
        <a href={hrefFor({ name: "about-you", eventId })}>Tally paper slips and see who we heard from</a>
      </p>
    </section>
  );
}
