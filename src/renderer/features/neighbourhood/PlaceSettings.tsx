import { useState, type FormEvent } from "react";
import type { NeighbourhoodThread } from "../../../api";
import { useCommand } from "../../app/useCommand";
import { ErrorMessage } from "../../ui/ErrorMessage";
import { useQuery } from "../../app/useQuery";

/** Rename the neighbourhood, choose its partnership, or merge another spelling of it into this one. */
export function PlaceSettings({ thread, onChanged }: { thread: NeighbourhoodThread; onChanged: () => void }) {
  const { neighbourhood: n } = thread;
  const { result } = useQuery("neighbourhoods.directory", {}, `dir-${thread.seq}`);
  const { run, busy, error } = useCommand();
  const [name, setName] = useState(n.name);
  const [mergeFrom, setMergeFrom] = useState("");
  const directory = result.state === "ready" ? result.value : { neighbourhoods: [], partnerships: [] };
  const others = directory.neighbourhoods.filter((o) => o.id !== n.id && o.mergedInto === null);

  async function rename(e: FormEvent) {
    e.preventDefault();
    if (await run("neighbourhoods.update", { id: n.id, name })) onChanged();
  }
  async function setPartnership(partnershipId: string) {
    if (await run("neighbourhoods.update", { id: n.id, partnershipId: partnershipId || null })) onChanged();
  }
  async function merge(e: FormEvent) {
    e.preventDefault();
    if (mergeFrom && (await run("neighbourhoods.merge", { id: mergeFrom, intoId: n.id }))) {
      setMergeFrom("");
      onChanged();
    }
  }
  return (
    <section aria-labelledby="settings-h">
      <h2 id="settings-h">Name and partnership</h2>
      <form className="thread-form" onSubmit={(e) => void rename(e)} aria-label="Rename">
        <label className="field field--wide">
          <span className="field__label">Name</span>
          <input type="text" dir="auto" value={name} onChange={(e) => setName(e.target.value)} required />
        </label>
        <button type="submit" disabled={busy}>
          Rename
        </button>
      </form>
      <div className="thread-form">
        <label className="field field--wide">
          <span className="field__label">Partnership</span>
          <select value={thread.partnership?.id ?? ""} onChange={(e) => void setPartnership(e.target.value)} disabled={busy}>
            <option value="">None</option>
            {directory.partnerships
              .filter((p) => p.mergedInto === null)
              .map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
          </select>
        </label>
      </div>
      <form className="thread-form" onSubmit={(e) => void merge(e)} aria-label="Merge another spelling">
        <label className="field field--wide">
          <span className="field__label">Another spelling of this neighbourhood</span>
          <select value={mergeFrom} onChange={(e) => setMergeFrom(e.target.value)}>
            <option value="">Choose…</option>
            {others.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" disabled={busy || !mergeFrom}>
          Merge into this one
        </button>
      </form>
      <p className="muted">Merging keeps every event, priority and win of the other spelling here, and the old spelling keeps leading here.</p>
      <ErrorMessage error={error} />
    </section>
  );
}
