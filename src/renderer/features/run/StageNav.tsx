import { useId, useState } from "react";
import type { HearthEvent, Stage } from "../../../core";
import { Bidi } from "../../ui/Bidi";
import { ConfirmDialog } from "../../ui/ConfirmDialog";
import type { RunCommand } from "./RunBar";

/** Previous, next, a jump to any stage, and closing (or reopening) the event. */
export function StageNav({ event, stages, index, command }: { event: HearthEvent; stages: readonly Stage[]; index: number; command: RunCommand }) {
  const jumpId = useId();
  const [target, setTarget] = useState("");
  const [confirmClose, setConfirmClose] = useState(false);
  const { run, busy } = command;
  const eventId = event.id;

  if (event.status === "closed")
    return (
      <div className="stage-nav">
        <button type="button" className="button" disabled={busy} onClick={() => void run("events.update", { id: eventId, status: "live" })}>
          Reopen event
        </button>
      </div>
    );

  if (index === -1)
    return (
      <div className="stage-nav">
        <button type="button" className="button button--primary" disabled={busy || stages.length === 0} onClick={() => void run("run.next", { eventId })}>
          Start the event
        </button>
      </div>
    );

  return (
    <div className="stage-nav">
      <button type="button" className="button" disabled={busy || index === 0} onClick={() => void run("run.previous", { eventId })}>
        ← Previous stage
      </button>
      <button type="button" className="button button--primary" disabled={busy || index === stages.length - 1} onClick={() => void run("run.next", { eventId })}>
        Next stage →
      </button>
      <form
        noValidate
        className="stage-nav__jump"
        onSubmit={(e) => {
          e.preventDefault();
          if (target) void run("run.goTo", { eventId, stageId: target });
        }}
      >
        <label htmlFor={jumpId}>Go to stage</label>
        <select id={jumpId} value={target} onChange={(e) => setTarget(e.target.value)}>
          <option value="">Choose…</option>
          {stages.map((s, i) => (
            <option key={s.id} value={s.id}>
              {i + 1}. {s.title}
            </option>
          ))}
        </select>
        <button type="submit" className="button" disabled={busy || !target}>
          Go
        </button>
      </form>
      <button type="button" className="button stage-nav__close" disabled={busy} onClick={() => setConfirmClose(true)}>
        Close event
      </button>
      {confirmClose && (
        <ConfirmDialog
          title="Close the event?"
          confirmLabel="Close event"
          busy={busy}
          onCancel={() => setConfirmClose(false)}
          onConfirm={() => {
            setConfirmClose(false);
            void run("run.close", { eventId });
          }}
        >
          <p>
            “<Bidi>{event.title}</Bidi>” ends here: the countdown stops and the stage stays as it is, for the record. You can reopen the event later.
          </p>
        </ConfirmDialog>
      )}
    </div>
  );
}
