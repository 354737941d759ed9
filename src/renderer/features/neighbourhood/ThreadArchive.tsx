import { useState } from "react";
import { useClient } from "../../app/ClientContext";
import { hrefFor } from "../../app/router";
import { ErrorMessage } from "../../ui/ErrorMessage";
import { uploadFile } from "../../app/upload";

/** Saves the neighbourhood's whole thread as an archive file, to move it to another copy of Hearth. */
export function ArchiveDownload({ neighbourhoodId }: { neighbourhoodId: string }) {
  const client = useClient();
  const [error, setError] = useState<string | null>(null);
  async function download() {
    const r = await client.call("neighbourhoods.archive", { id: neighbourhoodId });
    if (!r.ok) return setError(r.error.message);
    setError(null);
    const url = URL.createObjectURL(new Blob([r.value.json], { type: "application/json" }));
    const a = document.createElement("a");
    a.href = url;
    a.download = r.value.fileName;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
  return (
    <section aria-labelledby="archive-h">
      <h2 id="archive-h">Archive</h2>
      <p className="muted">Everything of this neighbourhood, its events, priorities, actions, wins, measures and experiments, in one file another copy of Hearth imports.</p>
      <button type="button" onClick={() => void download()}>
        Download the neighbourhood's archive
      </button>
      <ErrorMessage error={error} />
    </section>
  );
}

/** Imports a neighbourhood archive made by another copy of Hearth, keeping every id. */
export function ArchiveImportForm() {
  const client = useClient();
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  async function choose(file: File | undefined) {
    if (!file) return;
    setError(null);
    setStatus("Sending the file…");
    const sent = await uploadFile(client, "archive", new Uint8Array(await file.arrayBuffer()));
    if (!sent.ok) {
      setStatus(null);
      return setError(sent.message);
    }
    const r = await client.call("neighbourhoods.importArchive", { uploadId: sent.uploadId });
    setStatus(null);
    if (!r.ok) return setError(r.error.message);
    location.hash = hrefFor({ name: "neighbourhood", id: r.value.id });
  }
  return (
    <div>
      <label className="field">
        <span className="field__label">Import a neighbourhood archive</span>
        <input type="file" accept=".json,application/json" onChange={(e) => void choose(e.target.files?.[0])} />
      </label>
      {status && <p role="status">{status}</p>}
      <ErrorMessage error={error} />
    </div>
  );
}
