import { useId } from "react";
import { rankLabel, type RoundResults } from "../../../core";
import { counted } from "./words";

const WIDTH = 1000;
const ROW = 68;
const LABEL_W = 430;
const BAR_X = LABEL_W + 20;
/** Room for the number after the longest bar. */
const BAR_MAX = WIDTH - BAR_X - 130;

/**
 * The results as horizontal bars, readable from the back of a hall: every bar carries its
 * number and rank as text (never colour alone). Labels are residents' words, so they are
 * HTML text inside the SVG (dir="auto", wrapped), never drawn glyph by glyph.
 */
export function ResultsChart({ results, limit = 12 }: { results: RoundResults; limit?: number }) {
  const titleId = useId();
  const items = results.items.slice(0, limit);
  const most = Math.max(1, ...items.map((i) => i.dots));
  const height = items.length * ROW + 8;
  const hidden = results.items.length - items.length;
  return (
    <figure className="results-chart">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={titleId} className="results-chart__svg">
        <title id={titleId}>
          {`${results.title}: ${items.map((i) => `${rankLabel(i)}, ${i.label}, ${counted(i.dots, "dot")}`).join("; ")}`}
        </title>
        {items.map((item, index) => {
          const y = index * ROW + 4;
          const w = item.dots === 0 ? 0 : Math.max(6, (item.dots / most) * BAR_MAX);
          return (
            <g key={item.itemId}>
              <text x={40} y={y + ROW / 2} className="results-chart__rank" textAnchor="end" dominantBaseline="central">
                {rankLabel(item)}
              </text>
              <foreignObject x={52} y={y} width={LABEL_W - 52} height={ROW - 6}>
                <div className="results-chart__label">
                  <span dir="auto">{item.label}</span>
                </div>
              </foreignObject>
              <rect x={BAR_X} y={y + 12} width={w} height={ROW - 30} rx={4} className="results-chart__bar" />
              <text x={BAR_X + w + 12} y={y + ROW / 2 - 3} className="results-chart__dots" dominantBaseline="central">
                {item.dots}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="results-chart__caption">
        {results.title}: {counted(results.dots, "dot")} in all; {results.phoneDots + results.laptopDots} from {counted(results.voters, "voter")} on
        phones and at the laptop, {results.paperDots} on paper
        {hidden > 0 && ` (top ${items.length} of ${results.items.length} shown)`}.
      </figcaption>
    </figure>
  );
}
