import { useState, type FormEvent } from "react";
import { MeasureKind, localToday } from "../../../core";
import { newId, type MeasureView, type PriorityView } from "../../../api";
import { useCommand } from "../../app/useCommand";
import { Bidi } from "../../ui/Bidi";
import { ErrorMessage } from "../../ui/ErrorMessage";
import { formatDate } from "../../ui/format";
import { MeasureChart } from "./MeasureChart";
import { PrioritySelect } from "./PrioritySelect";

const KIND_LABELS: Record<MeasureKind, string> = { signal: "Residents' signal (words)", series: "Numeric series" };

/** Measures: residents' own signals and numeric series with dates and a source, as tables and charts. */
export function MeasuresPanel(props: { neighbourhoodId: string; priorities: readonly PriorityView[]; measures: readonly MeasureView[]; onChanged: () => void }) {
  const all = [...props.priorities.flatMap((p) => p.measures), ...props.measures];
  const { run, busy, error } = useCommand();
  const [name, setName] = useState("");
  const [kind, setKind] = useState<MeasureKind>("series");
  const [unit, setUnit] = useState("");
  const [source, setSource] = useState("");
  const [priorityId, setPriorityId] = useState("");
  async function add(e: FormEvent) {
    e.preventDefault();
    if (await run("measures.add", { id: newId(), neighbourhoodId: props.neighbourhoodId, priorityId: priorityId || null, kind, name, unit, source })) {
      setName("");
      props.onChanged();
    }
  }
  const titleOf = (id: string | null) => props.priorities.find((p) => p.priority.id === id)?.priority.title;
  return (
    <section aria-labelledby="measures-h">
      <h2 id="measures-h">Measures</h2>
      {all.length === 0 && <p className="muted">No measures yet.</p>}
      {all.map((m) => (
        <div key={m.measure.id} className="priority" data-measure-id={m.measure.id}>
          <h3>
            <Bidi>{m.measure.name}</Bidi>
          </h3>
          <p className="priority__facts">
            {KIND_LABELS[m.measure.kind]}
            {m.measure.source && (
              <>
                {" · source: "}
                <Bidi>{m.measure.source}</Bidi>
              </>
            )}
            {titleOf(m.measure.priorityId) && (
              <>
                {" · for "}
                <Bidi>{titleOf(m.measure.priorityId)}</Bidi>
              </>
            )}
          </p>
          <table className="thread-table">
            <caption>Readings</caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">{m.measure.kind === "series" ? `Value${m.measure.unit ? ` (${m.measure.unit})` : ""}` : "What was seen or said"}</th>
                <th scope="col">Source</th>
              </tr>
            </thead>
            <tbody>
              {m.readings.map((r) => (
                <tr key={r.id}>
                  <td>{formatDate(r.on)}</td>
                  <td>{m.measure.kind === "series" ? r.value : <Bidi>{r.text}</Bidi>}</td>
                  <td>
                    <Bidi>{r.source || m.measure.source}</Bidi>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {m.measure.kind === "series" && <MeasureChart view={m} />}
          <ReadingForm view={m} onChanged={props.onChanged} />
        </div>
      ))}
      <form className="thread-form" onSubmit={(e) => void add(e)} aria-label="Add a measure">
        <label className="field field--wide">
          <span className="field__label">Measure</span>
          <input type="text" dir="auto" value={name} onChange={(e) => setName(e.target.value)} placeholder="A&E attendances" required />
        </label>
        <label className="field">
          <span className="field__label">Kind</span>
          <select value={kind} onChange={(e) => setKind(MeasureKind.parse(e.target.value))}>
            {MeasureKind.options.map((k) => (
              <option key={k} value={k}>
                {KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">Unit</span>
          <input type="text" dir="auto" value={unit} onChange={(e) => setUnit(e.target.value)} />
        </label>
        <label className="field field--wide">
          <span className="field__label">Source</span>
          <input type="text" dir="auto" value={source} onChange={(e) => setSource(e.target.value)} placeholder="Population-health dashboard" />
        </label>
        <PrioritySelect priorities={props.priorities} value={priorityId} onChange={setPriorityId} label="For priority" />
        <button type="submit" disabled={busy}>
          Add measure
        </button>
      </form>
      <ErrorMessage error={error} />
    </section>
  );
}

function ReadingForm({ view, onChanged }: { view: MeasureView; onChanged: () => void }) {
  const { run, busy, error } = useCommand();
  const [on, setOn] = useState(localToday());
  const [value, setValue] = useState("");
  const series = view.measure.kind === "series";
  async function add(e: FormEvent) {
    e.preventDefault();
    const reading = series ? { value: value.trim() === "" ? null : Number(value) } : { text: value };
    if (await run("measures.record", { id: newId(), measureId: view.measure.id, on, ...reading })) {
      setValue("");
      onChanged();
    }
  }
  return (
    <form className="thread-form" onSubmit={(e) => void add(e)} aria-label={`Add a reading of ${view.measure.name}`}>
      <label className="field">
        <span className="field__label">Date</span>
        <input type="date" value={on} onChange={(e) => setOn(e.target.value)} required />
      </label>
      <label className="field field--wide">
        <span className="field__label">{series ? "Value" : "What was seen or said"}</span>
        <input type={series ? "number" : "text"} step="any" dir="auto" value={value} onChange={(e) => setValue(e.target.value)} required />
      </label>
      <button type="submit" disabled={busy}>
        Add reading
      </button>
      <ErrorMessage error={error} />
    </form>
  );
}
