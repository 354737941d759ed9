import { useId, useState } from "react";
import { newId } from "../../../api";
import type { ArchivePreview } from "../../../api/methods/archives";
import { useClient } from "../../app/ClientContext";
import { navigate } from "../../app/router";
import { formatDate } from "../../ui/format";
import { uploadFile } from "../../app/upload";
import { ErrorMessage } from "../../ui/ErrorMessage";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

type Step = { name: "idle" } | { name: "reading"; progress: number } | { name: "preview"; uploadId: string; preview: ArchivePreview } | { name: "importing" };

/**
 * Import an event archive from another copy of Hearth: the file is checked and shown first
 * (title, date, how much is in it); an event that is already here is never overwritten, only
 * imported as a copy, or not at all.
 */
export function ArchiveImport() {
  const client = useClient();
  const id = useId();
  const [step, setStep] = useState<Step>({ name: "idle" });
  const [error, setError] = useState<string | null>(null);

  async function choose(file: File) {
    setError(null);
    setStep({ name: "reading", progress: 0 });
    const sent = await uploadFile(client, "archive", new Uint8Array(await file.arrayBuffer()), (progress) => setStep({ name: "reading", progress }));
    if (!sent.ok) {
      setStep({ name: "idle" });
      return setError(sent.message);
    }
    const r = await client.call("archives.preview", { uploadId: sent.uploadId });
    if (!r.ok) {
      setStep({ name: "idle" });
      return setError(r.error.message);
    }
    setStep({ name: "preview", uploadId: sent.uploadId, preview: r.value });
  }

  async function importIt(uploadId: string, mode: "original" | "copy") {
    setStep({ name: "importing" });
    const r = await client.call("archives.import", mode === "copy" ? { uploadId, mode, copyId: newId() } : { uploadId, mode });
    if (!r.ok) {
      setStep({ name: "idle" });
      return setError(r.error.message);
    }
    navigate({ name: "event", eventId: r.value.id });
  }

  return (
    <section aria-labelledby={`${id}-heading`} className="card archive-import">
      <h2 id={`${id}-heading`}>Import an event</h2>
      {step.name === "idle" && (
        <label className="field">
          <span className="field__label">Event archive (.hearth.json) from another copy of Hearth</span>
          <input
            type="file"
            accept=".json,application/json"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = "";
              if (file) void choose(file);
            }}
          />
        </label>
      )}
      {step.name === "reading" && (
        <p role="status">
          Checking the file… <progress max={1} value={step.progress} aria-label="Sending the archive" />
        </p>
      )}
      {step.name === "importing" && <p role="status">Importing…</p>}
      {step.name === "preview" && (
        <div className="archive-import__preview">
          <p>
            <strong>
              <bdi dir="auto">{step.preview.title}</bdi>
            </strong>
            <br />
            {formatDate(step.preview.date)}
            {step.preview.neighbourhood && (
              <>
                {" · "}
                <bdi dir="auto">{step.preview.neighbourhood}</bdi>
              </>
            )}
          </p>
          <p className="muted">
            {plural(step.preview.counts.notes, "note")}, {plural(step.preview.counts.themes, "theme")}, {plural(step.preview.counts.actions, "action")},{" "}
            {plural(step.preview.counts.prompts, "question")}. Exported{" "}
            {formatDate(step.preview.exportedAt.slice(0, 10))} by Hearth {step.preview.hearthVersion}.
          </p>
          {step.preview.exists ? (
            <>
              <p role="alert" className="warning">
                This event is already here. Import it as a copy (with new ids), or cancel; the event here stays as it is.
              </p>
              <button type="button" className="button--primary" onClick={() => void importIt(step.uploadId, "copy")}>
                Import as a copy
              </button>
            </>
          ) : (
            <button type="button" className="button--primary" onClick={() => void importIt(step.uploadId, "original")}>
              Import
            </button>
          )}{" "}
          <button type="button" onClick={() => setStep({ name: "idle" })}>
            Cancel
          </button>
        </div>
      )}
      <ErrorMessage error={error} />
    </section>
  );
}
