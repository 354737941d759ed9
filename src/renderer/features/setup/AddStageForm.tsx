import { newId } from "../../../api";
import { StageKind } from "../../../core";
import { useCommand } from "../../app/useCommand";
import { StageFields, timerFromField, type StageDraft } from "./StageFields";
import { useDraft } from "./useDraft";
import { ErrorMessage } from "../../ui/ErrorMessage";

const EMPTY: StageDraft = { title: "", kind: "capture", timerMinutes: "", privateWriting: false, description: "" };

/** Adds a stage at the end of the run sheet; the form empties for the next one. */
export function AddStageForm({ eventId }: { eventId: string }) {
  const { run, busy, error } = useCommand();
  const { draft, set, reset } = useDraft(EMPTY);
  return (
    <form
      noValidate
      className="card add-stage"
      aria-labelledby="add-stage-heading"
      onSubmit={(e) => {
        e.preventDefault();
        void run("stages.add", {
          id: newId(),
          eventId,
          title: draft.title,
          kind: StageKind.safeParse(draft.kind).data ?? "capture",
          timerMinutes: timerFromField(draft.timerMinutes),
          privateWriting: draft.privateWriting,
        }).then((added) => added && reset());
      }}
    >
      <h3 id="add-stage-heading">Add a stage</h3>
      <StageFields draft={draft} set={set} compact />
      <button type="submit" className="button button--primary" disabled={busy}>
        Add stage
      </button>
      <ErrorMessage error={error} />
    </form>
  );
}
