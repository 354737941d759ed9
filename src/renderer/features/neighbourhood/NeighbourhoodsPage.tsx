import { useEffect, useState, type FormEvent } from "react";
import { newId } from "../../../api";
import { hrefFor } from "../../app/router";
import { useCommand } from "../../app/useCommand";
import { Bidi } from "../../ui/Bidi";
import { ErrorMessage } from "../../ui/ErrorMessage";
import { ArchiveImportForm } from "./ThreadArchive";
import { useQuery } from "../../app/useQuery";
import "./neighbourhood.css";

/** #/neighbourhoods: every neighbourhood and partnership, each a link to its page; new ones are added here or by naming them on an event. */
export function NeighbourhoodsPage() {
  const { result, reload } = useQuery("neighbourhoods.directory", {}, "all");
  const { run, busy, error } = useCommand();
  const [name, setName] = useState("");
  useEffect(() => {
    document.title = "Neighbourhoods · Hearth";
  }, []);
  async function add(e: FormEvent) {
    e.preventDefault();
    if (await run("neighbourhoods.create", { id: newId(), name })) {
      setName("");
      reload();
    }
  }
  if (result.state === "loading") return <p>Loading…</p>;
  if (result.state === "error") return <ErrorMessage error={result.message} />;
  const hoods = result.value.neighbourhoods.filter((n) => n.mergedInto === null);
  const partnerships = result.value.partnerships.filter((p) => p.mergedInto === null);
  return (
    <div className="thread">
      <h1>Neighbourhoods</h1>
      <ul className="thread-list" aria-label="Neighbourhoods">
        {hoods.map((n) => (
          <li key={n.id}>
            <a href={hrefFor({ name: "neighbourhood", id: n.id })}>
              <Bidi>{n.name}</Bidi>
            </a>
          </li>
        ))}
      </ul>
      {hoods.length === 0 && <p className="muted">None yet. Name one on an event, or add it here.</p>}
      <form className="thread-form" onSubmit={(e) => void add(e)} aria-label="Add a neighbourhood">
        <label className="field field--wide">
          <span className="field__label">New neighbourhood</span>
          <input type="text" dir="auto" value={name} onChange={(e) => setName(e.target.value)} required />
        </label>
        <button type="submit" disabled={busy}>
          Add
        </button>
      </form>
      <ErrorMessage error={error} />
      <ArchiveImportForm />
      <h2>Partnerships</h2>
      {partnerships.length === 0 ? (
        <p className="muted">None yet. Name one on an event.</p>
      ) : (
        <ul className="thread-list" aria-label="Partnerships">
          {partnerships.map((p) => (
            <li key={p.id}>
              <a href={hrefFor({ name: "partnership", id: p.id })}>
                <Bidi>{p.name}</Bidi>
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
