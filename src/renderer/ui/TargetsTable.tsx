import type { ReactNode } from "react";
import { shownText, type TargetReach } from "../../core";

/** The groups an organiser hoped to hear from against how many were heard, every small number hidden by core's rule. */
export function TargetsTable({ targets, caption, className }: { targets: readonly TargetReach[]; caption: ReactNode; className: string }) {
  return (
    <table className={className}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Group</th>
          <th scope="col" className="num">
            Hoped for
          </th>
          <th scope="col" className="num">
            Heard from
          </th>
          <th scope="col">Met</th>
        </tr>
      </thead>
      <tbody>
        {targets.map((t) => (
          <tr key={`${t.questionId}/${t.optionId}`}>
            <th scope="row" dir="auto">
              {t.label}
            </th>
            <td className="num">{t.hopedFor}</td>
            <td className="num reach-shown">{shownText(t.heard)}</td>
            <td>{t.met ? "yes" : "not yet"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
