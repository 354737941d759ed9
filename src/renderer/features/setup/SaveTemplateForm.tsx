import { useState } from "react";
import { newId } from "../../../api";
import type { HearthEvent } from "../../../core";
import { useCommand } from "../../app/useCommand";
import { Bidi } from "../../ui/Bidi";
import { ErrorMessage } from "../../ui/ErrorMessage";

/** "Save as template": the run sheet as it is now, offered in the new-event form from then on. */
export function SaveTemplateForm({ event, stageCount }: { event: HearthEvent; stageCount: number }) {
  const [name, setName] = useState(event.title);
  const [saved, setSaved] = useState<string | null>(null);
  const { run, busy, error } = useCommand();
  return (
    <section className="card save-template" aria-labelledby="save-template-heading">
      <h2 id="save-template-heading">Save as template</h2>
      <p className="muted">Keep these {stageCount} stages and their prompts to start other events from.</p>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          setSaved(null);
          void run("templates.saveFromEvent", { id: newId(), eventId: event.id, name }).then((t) => t && setSaved(t.name));
        }}
      >
        <label className="field">
          <span className="field__label">Template name</span>
          <input value={name} dir="auto" autoComplete="off" onChange={(e) => setName(e.target.value)} />
        </label>
        <button type="submit" className="button" disabled={busy}>
          Save as template
        </button>
      </form>
      <p role="status" className="save-template__done">
        {saved && (
          <>
            Saved as “<Bidi>{saved}</Bidi>”. Choose it under “Kind of event” when you create an event.
          </>
        )}
      </p>
      <ErrorMessage error={error} />
    </section>
  );
}
