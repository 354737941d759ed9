import { shownText, type WhoWeHeardFrom } from "../../../core";
import { TargetsTable } from "../../ui/TargetsTable";

/** "Who we heard from" as the report has it: every count suppressed by core's rule, target groups first. */
export function HeardTables({ heard }: { heard: WhoWeHeardFrom }) {
  const asked = heard.questions.filter((q) => q.rows.length > 0);
  return (
    <div className="heard">
      {heard.targets.length > 0 && (
        <TargetsTable targets={heard.targets} caption="The groups we hoped to hear from" className="heard__targets" />
      )}
      {asked.length === 0 ? (
        <p className="muted">Nobody has answered yet.</p>
      ) : (
        <div className="tally">
          {asked.map((q) => (
            <table key={q.label} className="tally__table">
              <caption dir="auto">
                {q.label}
                {q.specialCategory && <span className="muted"> (special category)</span>}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Answer</th>
                  <th scope="col" className="num">
                    People
                  </th>
                </tr>
              </thead>
              <tbody>
                {q.rows.map((r) => (
                  <tr key={r.label}>
                    <th scope="row" dir="auto" className="tally__label">
                      {r.label}
                    </th>
                    <td className="num reach-shown">{shownText(r.shown)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">Total</th>
                  <td className="num reach-shown">{shownText(q.total)}</td>
                </tr>
              </tfoot>
            </table>
          ))}
        </div>
      )}
    </div>
  );
}
