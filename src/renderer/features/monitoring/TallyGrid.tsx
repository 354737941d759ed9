import { useRef, useState, type KeyboardEvent } from "react";
import { countKey, MonitoringTallyInput, optionsOf, type HearthError, type MonitoringCount, type MonitoringOption, type MonitoringQuestion, type MonitoringSet } from "../../../core";
import { useClient } from "../../app/ClientContext";
import "./tally.css";

/**
 * The grid's words: a helper's phone gives them in its language (the catalogue's aboutYou.tally,
 * its questions and options, the room's refusals by code); the laptop in English.
 */
export interface TallyWords {
  readonly answer: string;
  readonly slips: string;
  /** A box that is not a whole number from 0 to MONITORING_COUNT_MAX. */
  readonly invalid: string;
  readonly question: (q: MonitoringQuestion) => string;
  readonly option: (q: MonitoringQuestion, o: MonitoringOption) => string;
  readonly refused: (error: HearthError) => string;
}

type Box = { readonly text: string; readonly error?: string; readonly saving?: boolean };

/**
 * The paper "About you" slips, counted: one box per question and option, like the paper dots
 * grid. A box is sent when left with a new value (Tab or Enter to the next); typing it again
 * corrects it, and the room keeps each correction in the event's feed.
 */
export function TallyGrid({ set, paper, onSaved, words }: { set: MonitoringSet; paper: readonly MonitoringCount[]; onSaved: () => void; words: TallyWords }) {
  const client = useClient();
  const stored = new Map(paper.map((c) => [countKey(c.questionId, c.optionId), c.count]));
  const [boxes, setBoxes] = useState<ReadonlyMap<string, Box>>(new Map());
  const inputs = useRef<HTMLInputElement[]>([]);
  const put = (key: string, box: Box | null) =>
    setBoxes((all) => {
      const copy = new Map(all);
      if (box) copy.set(key, box);
      else copy.delete(key);
      return copy;
    });

  async function commit(questionId: string, optionId: string) {
    const key = countKey(questionId, optionId);
    const box = boxes.get(key);
    if (!box || box.saving) return;
    const text = box.text.trim();
    const parsed = MonitoringTallyInput.shape.count.safeParse(text === "" ? 0 : Number(text));
    if (!/^\d*$/.test(text) || !parsed.success) return put(key, { text: box.text, error: words.invalid });
    if (parsed.data === (stored.get(key) ?? 0)) return put(key, null);
    put(key, { text: box.text, saving: true });
    const r = await client.call("monitoring.tally", { eventId: set.eventId, questionId, optionId, count: parsed.data });
    if (!r.ok) return put(key, { text: box.text, error: words.refused(r.error) });
    put(key, null);
    onSaved();
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key !== "Enter") return;
    e.preventDefault();
    const all = inputs.current.filter(Boolean);
    const next = all[all.indexOf(e.currentTarget) + 1];
    if (next) next.focus();
    else e.currentTarget.blur();
  }

  let index = 0;
  return (
    <div className="tally">
      {set.questions.map((q) => (
        <table key={q.id} className="tally__table">
          <caption id={`tally-caption-${q.id}`} dir="auto">
            {words.question(q)}
          </caption>
          <thead>
            <tr>
              <th scope="col">{words.answer}</th>
              <th scope="col" className="num">
                {words.slips}
              </th>
            </tr>
          </thead>
          <tbody>
            {optionsOf(q).map((o) => {
              const key = countKey(q.id, o.id);
              const box = boxes.get(key);
              const labelId = `tally-${q.id}-${o.id}`;
              const errorId = `${labelId}-error`;
              const at = index++;
              return (
                <tr key={o.id}>
                  <th scope="row" id={labelId} dir="auto" className="tally__label">
                    {words.option(q, o)}
                  </th>
                  <td className="num">
                    <input
                      ref={(el) => {
                        if (el) inputs.current[at] = el;
                      }}
                      className="tally__input"
                      inputMode="numeric"
                      autoComplete="off"
                      aria-labelledby={`${labelId} tally-caption-${q.id}`}
                      aria-describedby={box?.error ? errorId : undefined}
                      aria-invalid={box?.error ? true : undefined}
                      value={box?.text ?? String(stored.get(key) ?? 0)}
                      onFocus={(e) => e.currentTarget.select()}
                      onChange={(e) => put(key, { text: e.target.value })}
                      onBlur={() => void commit(q.id, o.id)}
                      onKeyDown={onKeyDown}
                    />
                    {box?.error && (
                      <p id={errorId} role="alert" className="error">
                        {box.error}
                      </p>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ))}
    </div>
  );
}
