import { newId } from "../../../api";
import { StageKind } from "../../../core";
import { useRef } from "react";
import { useCommand } from "../../app/useCommand";
import { useFormSend } from "../../app/useFormSend";
import { StageFields, timerFromField, type StageDraft } from "./StageFields";
import { useDraft } from "./useDraft";
import { ErrorMessage } from "../../ui/ErrorMessage";

const EMPTY: StageDraft = { title: "", kind: "capture", timerMinutes: "", privateWriting: false, description: "" };

/** Adds a stage at the end of the run sheet; the form empties for the next one. */
export function AddStageForm({ eventId }: { eventId: string }) {
  const { run, busy, error } = useCommand();
  const { draft, set, reset, replace } = useDraft(EMPTY);
  const latest = useRef(draft);
  latest.current = draft;
  const send = useFormSend();
  return (
    <form
      noValidate
      className="card add-stage"
      aria-labelledby="add-stage-heading"
      onSubmit={(e) => {
        e.preventDefault();
        void send<StageDraft>({
          read: () => ({ value: latest.current }),
          isBlank: () => latest.current.title.trim() === "",
          clear: reset,
          send: async (d) =>
            (await run("stages.add", {
              id: newId(),
              eventId,
              title: d.title,
              kind: StageKind.safeParse(d.kind).data ?? "capture",
              timerMinutes: timerFromField(d.timerMinutes),
              privateWriting: d.privateWriting,
            })) !== null,
          restore: replace,
          say: () => undefined,
        });
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
