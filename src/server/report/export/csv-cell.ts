/**
 * Characters that split a CSV line into cells in some spreadsheet or locale: the comma, the
 * semicolon (the separator where the comma is the decimal mark), tab, the pipe, and line breaks.
 */
const SEPARATORS = /([,;\t|\r\n])/u;
/** What makes a spreadsheet read a cell as a formula (or a DDE call), after NFKC folds full-width `＝` and small `﹦` to `=`. */
const FORMULA_START = /^[=+\-@\u2212]/u;
/** Spaces and invisible characters a spreadsheet may skip before that start. */
const SKIPPED = /^[\p{White_Space}\p{Cf}]*/u;

const startsFormula = (piece: string) => FORMULA_START.test(piece.replace(SKIPPED, "").slice(0, 1).normalize("NFKC"));

/**
 * Defuses user text a spreadsheet would run (CSV injection): wherever a cell could begin (at
 * the start, or after any separator some spreadsheet splits on), a formula start gets an
 * apostrophe before it, so `harmless;=1+1` and `＝1+1` stay text. The one place this is decided.
 */
export function defuseFormulas(text: string): string {
  return text
    .split(SEPARATORS)
    .map((piece, i) => (i % 2 === 0 && startsFormula(piece) ? `'${piece}` : piece))
    .join("");
}

/** One CSV cell (RFC 4180): text defused, then quoted when it holds a quote or any separator. */
export function csvCell(value: string | number | null): string {
  if (value === null) return "";
  if (typeof value === "number") return String(value);
  const s = defuseFormulas(value);
  return /["]/u.test(s) || SEPARATORS.test(s) ? `"${s.replace(/"/gu, '""')}"` : s;
}
