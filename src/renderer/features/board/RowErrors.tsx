import type { RowError } from "../../../core";

/** Rows that will not be imported, each with what is wrong, in words. */
export function RowErrors({ errors, what }: { errors: readonly RowError[]; what: "row" | "line" }) {
  if (errors.length === 0) return null;
  const title = what === "row" ? "Row" : "Line";
  return (
    <div className="row-errors">
      <p className="row-errors__summary">
        {errors.length} {errors.length === 1 ? `${what} has a problem and will not be imported` : `${what}s have problems and will not be imported`}:
      </p>
      <ul aria-label={`${title}s with problems`}>
        {errors.map((e) => (
          <li key={e.row}>
            <strong>
              {title} {e.row}:
            </strong>{" "}
            {e.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
