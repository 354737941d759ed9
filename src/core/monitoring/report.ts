import { countKey } from "./counts";
import { targetReach, type TargetReach } from "./reach";
import { optionsOf, type MonitoringSet } from "./set";
import { suppressColumn, type Shown } from "./suppress";

/** One question of "Who we heard from": its options with a count (suppressed), those nobody chose left out. */
export interface HeardQuestion {
  readonly label: string;
  readonly specialCategory: boolean;
  readonly rows: readonly { readonly label: string; readonly shown: Shown }[];
  readonly total: Shown;
}

/** The report's "Who we heard from": phone answers and paper slips together, never a small number. */
export interface WhoWeHeardFrom {
  readonly questions: readonly HeardQuestion[];
  readonly targets: readonly TargetReach[];
}

/** Null when the event did not ask "About you". */
export function whoWeHeardFrom(set: MonitoringSet, counts: ReadonlyMap<string, number>): WhoWeHeardFrom | null {
  if (!set.enabled) return null;
  const questions = set.questions.map((q): HeardQuestion => {
    const options = optionsOf(q);
    const values = options.map((o) => counts.get(countKey(q.id, o.id)) ?? 0);
    // Suppressed over every option, zeros included; the rows then leave out those nobody chose.
    const column = suppressColumn(values);
    const rows = options.flatMap((o, i) => (values[i] === 0 ? [] : [{ label: o.label, shown: column.cells[i]! }]));
    return { label: q.label, specialCategory: q.specialCategory, rows, total: column.total };
  });
  return { questions, targets: targetReach(set, counts) };
}
