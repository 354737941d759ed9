import { StageKind, type Prompt, type Stage } from "../../../core";
import { useCommand } from "../../app/useCommand";
import { Bidi } from "../../ui/Bidi";
import { MoveButtons } from "./MoveButtons";
import { PromptEditor } from "./PromptEditor";
import { StageFields, timerFromField, type StageDraft } from "./StageFields";
import { useDraft } from "./useDraft";
import { ErrorMessage } from "../../ui/ErrorMessage";

const draftOf = (s: Stage): StageDraft => ({
  title: s.title,
  kind: s.kind,
  timerMinutes: s.timerMinutes === null ? "" : String(s.timerMinutes),
  privateWriting: s.privateWriting,
  description: s.description,
});

/** One stage of the run sheet: its fields (saved together), its place, removal, and its prompts. */
export function StageEditor(props: {
  stage: Stage;
  prompts: readonly Prompt[];
  index: number;
  count: number;
  current: boolean;
  onMove: (id: string, toIndex: number, direction: "up" | "down") => void;
  onRemoved: () => void;
}) {
  const { stage, index, count } = props;
  const { run, busy, error } = useCommand();
  const { draft, set, changed, dirty } = useDraft(draftOf(stage));

  function save() {
    // Only what changed is sent: another screen's edit to another field is not overwritten.
    const patch: { id: string; title?: string; kind?: StageKind; timerMinutes?: number | null; privateWriting?: boolean; description?: string } = { id: stage.id };
    for (const k of changed) {
      if (k === "title" || k === "description") patch[k] = draft[k];
      if (k === "kind") patch.kind = StageKind.safeParse(draft.kind).data ?? stage.kind;
      if (k === "timerMinutes") patch.timerMinutes = timerFromField(draft.timerMinutes);
      if (k === "privateWriting") patch.privateWriting = draft.privateWriting;
    }
    void run("stages.update", patch);
  }

  return (
    <li className="stage-editor card" data-stage-id={stage.id}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (dirty) save();
        }}
      >
        <fieldset className="stage-editor__fields">
          <legend className="stage-editor__legend">
            <span className="stage-editor__number">Stage {index + 1}</span> <Bidi>{stage.title}</Bidi>
            {props.current && <span className="stage-editor__now"> · running now</span>}
          </legend>
          <StageFields draft={draft} set={set} />
        </fieldset>
        <div className="stage-editor__actions">
          <button type="submit" className="button button--small button--primary" disabled={busy || !dirty}>
            Save stage
            <span className="visually-hidden"> {index + 1}</span>
          </button>
          <MoveButtons id={stage.id} what="stage" name={stage.title} index={index} count={count} busy={busy} onMove={(to, d) => props.onMove(stage.id, to, d)} />
          <button
            type="button"
            className="button button--small button--danger"
            disabled={busy}
            onClick={() => void run("stages.remove", { id: stage.id }).then((r) => r && props.onRemoved())}
          >
            Remove stage
            <span className="visually-hidden">
              : <Bidi>{stage.title}</Bidi>
            </span>
          </button>
        </div>
        <ErrorMessage error={error} />
      </form>
      <PromptEditor stage={stage} prompts={props.prompts} />
    </li>
  );
}
