import Papa from "papaparse";
import { checkCsv, type CsvRecord, type ImportCheck, type ImportContext } from "../../../core";

/** A CSV file's text read into rows (papaparse), then checked row by row for the preview. */
export function readNotesCsv(csvText: string, ctx: ImportContext): ImportCheck {
  const parsed = Papa.parse<string[]>(csvText.replace(/^\uFEFF/, ""), { skipEmptyLines: "greedy" });
  const [header, ...body] = parsed.data;
  if (!header) return { rows: [], errors: [], ignoredColumns: [], fileError: "The file is empty." };
  const problems = new Map<number, string>();
  for (const e of parsed.errors) if (e.row !== undefined && !problems.has(e.row)) problems.set(e.row, plainError(e));
  const headers = header.map((h) => h.trim());
  const records: CsvRecord[] = body.map((cells, i) => {
    const byHeader: Record<string, string> = {};
    headers.forEach((h, col) => (byHeader[h] = cells[col] ?? ""));
    const problem = problems.get(i + 1) ?? (cells.length > headers.length && cells.slice(headers.length).some((c) => c.trim()) ? "This row has more cells than the header has columns." : undefined);
    return { row: i + 2, cells: byHeader, ...(problem && { parseError: problem }) };
  });
  return checkCsv(headers, records, ctx);
}

/** papaparse's error codes in words a note-taker can act on. */
function plainError(e: Papa.ParseError): string {
  switch (e.code) {
    case "MissingQuotes":
    case "InvalidQuotes":
      return "A quotation mark is not closed in this row; put quotes around the whole cell.";
    case "TooManyFields":
      return "This row has more cells than the header has columns.";
    case "TooFewFields":
      return "This row has fewer cells than the header has columns.";
    default:
      return e.message;
  }
}
