import type { PriorityView } from "../../../api";

/** Chooses one of the neighbourhood's priorities, or none. */
export function PrioritySelect({ priorities, value, onChange, label, none = "None" }: { priorities: readonly PriorityView[]; value: string; onChange: (id: string) => void; label: string; none?: string }) {
  return (
    <label className="field">
      <span className="field__label">{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{none}</option>
        {priorities.map((p) => (
          <option key={p.priority.id} value={p.priority.id}>
            {p.priority.title}
          </option>
        ))}
      </select>
    </label>
  );
}
