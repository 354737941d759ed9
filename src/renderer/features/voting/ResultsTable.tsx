import { rankLabel, type RoundResults } from "../../../core";

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
          <th scope="col" className="num">
            Dots
          </th>
          <th scope="col" className="num">
            Voters
          </th>
          <th scope="col" className="num">
            Phone
          </th>
          <th scope="col" className="num">
            Laptop
          </th>
          <th scope="col" className="num">
            Paper
          </th>
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
            <td className="num results-table__dots">{item.dots}</td>
            <td className="num">{item.voters}</td>
            <td className="num">{item.phoneDots}</td>
            <td className="num">{item.laptopDots}</td>
            <td className="num">{item.paperDots}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <td />
          <th scope="row">All items</th>
          <td className="num results-table__dots">{results.dots}</td>
          <td className="num">{results.voters}</td>
          <td className="num">{results.phoneDots}</td>
          <td className="num">{results.laptopDots}</td>
          <td className="num">{results.paperDots}</td>
        </tr>
      </tfoot>
    </table>
  );
}
