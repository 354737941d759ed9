import { SECTION_HEADINGS, type ReportEdit, type SectionKey } from "../../../core";

/** The sections in report order, each moved with buttons (keyboard and screen reader friendly, no dragging needed). */
export function SectionOrder({ order, onEdit }: { order: readonly SectionKey[]; onEdit: (e: ReportEdit) => void }) {
  const move = (i: number, by: -1 | 1) => {
    const next = [...order];
    const [key] = next.splice(i, 1);
    next.splice(i + by, 0, key!);
    onEdit({ op: "order", order: next });
  };
  return (
    <fieldset className="section-order">
      <legend>Section order</legend>
      <ol aria-label="Sections in report order">
        {order.map((key, i) => (
          <li key={key}>
            <span>{SECTION_HEADINGS[key]}</span>
            <span className="section-order__buttons">
              <button type="button" className="button--small" disabled={i === 0} aria-label={`Move ${SECTION_HEADINGS[key]} up`} onClick={() => move(i, -1)}>
                ↑
              </button>
              <button
                type="button"
                className="button--small"
                disabled={i === order.length - 1}
                aria-label={`Move ${SECTION_HEADINGS[key]} down`}
                onClick={() => move(i, 1)}
              >
                ↓
              </button>
            </span>
          </li>
        ))}
      </ol>
    </fieldset>
  );
}
