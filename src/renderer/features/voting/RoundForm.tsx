import { useId, useState, type FormEvent } from "react";
import { inputMaxLength, itemsInScope, MAX_ROUND_TIMER_MINUTES, promptsInRunOrder, ROUND_TITLE_MAX, suggestDotBudget, type EventState, type RoundTarget, type VoteRound } from "../../../core";
import { newId } from "../../../api";
import { useClient } from "../../app/ClientContext";

const num = (s: string): number => (s.trim() === "" ? Number.NaN : Number(s));

/**
 * A round's settings: what is voted on, dots per person (the budget helper suggests a third
 * of the items), stacking, blind or open, and a timer. Creates a round, or edits a draft.
 */
export function RoundForm({ state, round, onDone }: { state: EventState; round?: VoteRound; onDone: (roundId: string | null) => void }) {
  const client = useClient();
  const id = useId();
  const themes = [...state.theme.values()].filter((t) => !t.deleted).sort((a, b) => a.position - b.position);
  const prompts = promptsInRunOrder(state.prompt.values(), state.stage.values());
  const [title, setTitle] = useState(round?.title ?? (state.round.size === 0 ? "Residents' round" : `Round ${state.round.size + 1}`));
  const [target, setTarget] = useState<RoundTarget>(round?.target ?? (themes.length > 0 ? "themes" : "notes"));
  const [themeIds, setThemeIds] = useState<readonly string[]>(round?.themeIds ?? []);
  const [promptIds, setPromptIds] = useState<readonly string[]>(round?.promptIds ?? []);
  const [dots, setDots] = useState<string | null>(round ? String(round.dotsPerVoter) : null);
  const [maxPerItem, setMaxPerItem] = useState(String(round?.maxPerItem ?? 1));
  const [blind, setBlind] = useState(round?.blind ?? true);
  const [timer, setTimer] = useState(round?.timer ? String(Math.round(round.timer.durationMs / 60_000)) : "");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // A draft with hand-picked items (a runoff) keeps them; otherwise the scope decides.
  const count =
    round?.fixedItems && round.target === target
      ? round.items.length
      : itemsInScope(target, { themeIds, promptIds }, { notes: [...state.note.values()], themes }).length;
  const budget = suggestDotBudget(count);
  // Until the facilitator types their own number, dots per person follows the suggestion.
  const dotsText = dots ?? String(budget.dots);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const settings = {
      title,
      target,
      themeIds: [...themeIds],
      promptIds: target === "notes" ? [...promptIds] : [],
      dotsPerVoter: num(dotsText),
      maxPerItem: num(maxPerItem),
      blind,
      timerMinutes: timer.trim() === "" ? null : num(timer),
    };
    const r = round
      ? await client.call("rounds.update", { roundId: round.id, ...settings })
      : await client.call("rounds.create", { id: newId(), eventId: state.event.id, items: null, ...settings });
    setBusy(false);
    if (r.ok) onDone(r.value.id);
    else setError(r.error.message);
  }

  return (
    <form className="card round-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{round ? "Round settings" : "New voting round"}</h2>
      <label className="field">
        <span className="field__label">Name</span>
        <input value={title} onChange={(e) => setTitle(e.target.value)} dir="auto" maxLength={inputMaxLength(ROUND_TITLE_MAX)} autoComplete="off" />
      </label>
      <fieldset className="field round-form__choice">
        <legend className="field__label">Vote on</legend>
        {(["themes", "notes"] as const).map((t) => (
          <label key={t} className="check">
            <input type="radio" name={`${id}-target`} checked={target === t} onChange={() => setTarget(t)} />
            {t === "themes" ? "Themes" : "Notes"}
          </label>
        ))}
      </fieldset>
      {themes.length > 0 && (
        <Choices
          legend={target === "themes" ? "Which themes (none ticked: all)" : "Notes under these themes"}
          options={themes.map((t) => ({ id: t.id, label: t.title }))}
          chosen={themeIds}
          onChange={setThemeIds}
        />
      )}
      {target === "notes" && prompts.length > 0 && (
        <Choices
          legend="Notes answering these prompts"
          options={prompts.map((p) => ({ id: p.id, label: p.text }))}
          chosen={promptIds}
          onChange={setPromptIds}
        />
      )}
      <p className="round-form__count" aria-live="polite">
        {count === 1 ? "1 item" : `${count} items`} to vote on
        {target === "notes" && themeIds.length === 0 && promptIds.length === 0 ? " (every note on the board)." : "."}
      </p>
      <div className="round-form__numbers">
        <label className="field">
          <span className="field__label">Dots per person</span>
          <input type="number" min={1} max={50} value={dotsText} onChange={(e) => setDots(e.target.value)} aria-describedby={`${id}-budget`} />
        </label>
        <label className="field">
          <span className="field__label">Most dots on one item</span>
          <input type="number" min={1} max={50} value={maxPerItem} onChange={(e) => setMaxPerItem(e.target.value)} aria-describedby={`${id}-stack`} />
          <span id={`${id}-stack`} className="field__hint">
            1 means no stacking
          </span>
        </label>
        <label className="field">
          <span className="field__label">Timer, minutes (optional)</span>
          <input type="number" min={1} max={MAX_ROUND_TIMER_MINUTES} value={timer} onChange={(e) => setTimer(e.target.value)} />
        </label>
      </div>
      <p id={`${id}-budget`} className="round-form__budget">
        Suggested: <strong>{budget.dots}</strong>. {budget.explanation}{" "}
        {dotsText !== String(budget.dots) && (
          <button type="button" className="link-button" onClick={() => setDots(null)}>
            Use {budget.dots}
          </button>
        )}
      </p>
      <label className="check round-form__blind">
        <input type="checkbox" checked={blind} onChange={(e) => setBlind(e.target.checked)} />
        Blind: show only how many have voted until I reveal the results
      </label>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <div className="voting-tool__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {round ? "Save settings" : "Create round"}
        </button>
        <button type="button" onClick={() => onDone(null)}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** Checkboxes over themes or prompts (user text, so each label is isolated with dir="auto"). */
function Choices(props: { legend: string; options: { id: string; label: string }[]; chosen: readonly string[]; onChange: (ids: readonly string[]) => void }) {
  const { chosen, onChange } = props;
  return (
    <fieldset className="field round-form__choice">
      <legend className="field__label">{props.legend}</legend>
      {props.options.map((o) => (
        <label key={o.id} className="check">
          <input
            type="checkbox"
            checked={chosen.includes(o.id)}
            onChange={() => onChange(chosen.includes(o.id) ? chosen.filter((x) => x !== o.id) : [...chosen, o.id])}
          />
          <bdi dir="auto">{o.label}</bdi>
        </label>
      ))}
    </fieldset>
  );
}
