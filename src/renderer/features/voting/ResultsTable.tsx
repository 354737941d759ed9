import { rankLabel, type RoundResults } from "../../../core";

const COUNT_COLUMNS = ["Dots", "Voters", "Phone", "Laptop", "Paper"] as const;

/** Ranked results with dots and voters per item, phone, laptop and paper apart and together; ties read "=2". */
export function ResultsTable({ results }: { results: RoundResults }) {
  return (
    <table className="results-table">
      <caption>
        {results.title}: ranked by dots. Voters are people who voted on a phone or at the laptop; paper dots are counted without names or
        numbers of people.
      </caption>
      <thead>
        <tr>
          <th scope="col">Rank</th>
          <th scope="col">{results.target === "themes" ? "Theme" : "Note"}</th>
          {COUNT_COLUMNS.map((c) => (
            <th scope="col" className="num" key={c}>
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {results.items.map((item) => (
          <tr key={item.itemId}>
            <td className="results-table__rank">
              {rankLabel(item)}
              {item.tied && <span className="visually-hidden"> (tied)</span>}
            </td>
            <th scope="row" dir="auto" className="results-table__label">
              {item.label}
            </th>
            <CountCells counts={item} />
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <td />
          <th scope="row">All items</th>
          <CountCells counts={results} />
        </tr>
      </tfoot>
    </table>
  );
}

type Counts = Pick<RoundResults, "dots" | "voters" | "phoneDots" | "laptopDots" | "paperDots">;

/** The counts in COUNT_COLUMNS order: the total first and bold, then voters and the three sources. */
function CountCells({ counts }: { counts: Counts }) {
  return (
    <>
      <td className="num results-table__dots">{counts.dots}</td>
      <td className="num">{counts.voters}</td>
      <td className="num">{counts.phoneDots}</td>
      <td className="num">{counts.laptopDots}</td>
      <td className="num">{counts.paperDots}</td>
    </>
  );
}
