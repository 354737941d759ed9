import { useId } from "react";
import { MAX_TIMER_MINUTES, StageKind } from "../../../core";
import { STAGE_KIND_NAMES } from "../../ui/StageNow";

/** The editable fields of a stage, as text for the form (a blank timer means none). */
export interface StageDraft extends Record<string, string | boolean> {
  title: string;
  kind: string;
  timerMinutes: string;
  privateWriting: boolean;
  description: string;
}

/** "" → no timer; anything else is sent as typed, and the room says if it is not a whole number of minutes. */
export const timerFromField = (value: string): number | null => (value.trim() === "" ? null : Number(value));

/** Title, kind, timer, private writing and description: shared by the stage editor and the add-a-stage form. */
export function StageFields({ draft, set, compact = false }: { draft: StageDraft; set: <K extends keyof StageDraft>(k: K, v: StageDraft[K]) => void; compact?: boolean }) {
  const id = useId();
  return (
    <div className="stage-fields">
      <label className="field stage-fields__title">
        <span className="field__label">Stage title</span>
        <input value={draft.title} dir="auto" autoComplete="off" onChange={(e) => set("title", e.target.value)} />
      </label>
      <label className="field">
        <span className="field__label">Kind</span>
        <select value={draft.kind} onChange={(e) => set("kind", e.target.value)}>
          {StageKind.options.map((k) => (
            <option key={k} value={k}>
              {STAGE_KIND_NAMES[k]}
            </option>
          ))}
        </select>
      </label>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-timer`}>
          Timer (minutes)
        </label>
        <input
          id={`${id}-timer`}
          className="stage-fields__minutes"
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_TIMER_MINUTES}
          value={draft.timerMinutes}
          aria-describedby={`${id}-timer-hint`}
          onChange={(e) => set("timerMinutes", e.target.value)}
        />
        <span id={`${id}-timer-hint`} className="stage-fields__hint">
          Blank for no timer
        </span>
      </div>
      <label className="stage-fields__check">
        <input type="checkbox" checked={draft.privateWriting} onChange={(e) => set("privateWriting", e.target.checked)} />
        Private writing
      </label>
      {!compact && (
        <label className="field stage-fields__description">
          <span className="field__label">Description</span>
          <textarea rows={2} value={draft.description} dir="auto" onChange={(e) => set("description", e.target.value)} />
        </label>
      )}
    </div>
  );
}
