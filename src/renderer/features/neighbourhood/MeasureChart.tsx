import type { MeasureView } from "../../../api";
import { formatDate } from "../../ui/format";

const W = 480;
const H = 200;
const PAD = { left: 48, right: 16, top: 16, bottom: 36 };

/** The readings in words: the chart's text alternative, read in full by a screen reader. */
export function describeSeries(view: MeasureView): string {
  const unit = view.measure.unit ? ` ${view.measure.unit}` : "";
  const points = view.readings.filter((r) => r.value !== null).map((r) => `${formatDate(r.on)}: ${r.value}${unit}`);
  if (points.length === 0) return `${view.measure.name}: no readings yet.`;
  return `${view.measure.name}, ${points.length} ${points.length === 1 ? "reading" : "readings"}. ${points.join("; ")}.`;
}

/**
 * A numeric series as a line chart in SVG: a picture with its text alternative (every reading
 * in words) beside it, and the same readings in the table above it. Dates are spaced by time.
 */
export function MeasureChart({ view }: { view: MeasureView }) {
  const points = view.readings.filter((r): r is typeof r & { value: number } => r.value !== null);
  if (points.length < 2) return null;
  const times = points.map((p) => Date.parse(`${p.on}T12:00:00Z`));
  const values = points.map((p) => p.value);
  const [t0, t1] = [Math.min(...times), Math.max(...times)];
  const [v0, v1] = [Math.min(0, ...values), Math.max(...values)];
  const x = (t: number) => PAD.left + ((t - t0) / Math.max(1, t1 - t0)) * (W - PAD.left - PAD.right);
  const y = (v: number) => H - PAD.bottom - ((v - v0) / Math.max(1e-9, v1 - v0)) * (H - PAD.top - PAD.bottom);
  const descId = `chart-desc-${view.measure.id}`;
  return (
    <figure>
      <svg className="measure-chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`Chart: ${view.measure.name}`} aria-describedby={descId}>
        <line x1={PAD.left} y1={H - PAD.bottom} x2={W - PAD.right} y2={H - PAD.bottom} stroke="#4a4a55" />
        <line x1={PAD.left} y1={PAD.top} x2={PAD.left} y2={H - PAD.bottom} stroke="#4a4a55" />
        <text x={PAD.left - 6} y={y(v1) + 4} textAnchor="end">
          {v1}
        </text>
        <text x={PAD.left - 6} y={y(v0) + 4} textAnchor="end">
          {v0}
        </text>
        <polyline fill="none" stroke="#8a2c0d" strokeWidth={3} points={points.map((p, i) => `${x(times[i]!)},${y(p.value)}`).join(" ")} />
        {points.map((p, i) => (
          <circle key={p.id} cx={x(times[i]!)} cy={y(p.value)} r={4} fill="#8a2c0d" />
        ))}
        <text x={PAD.left} y={H - 10}>
          {formatDate(points[0]!.on)}
        </text>
        <text x={W - PAD.right} y={H - 10} textAnchor="end">
          {formatDate(points[points.length - 1]!.on)}
        </text>
      </svg>
      <figcaption id={descId}>{describeSeries(view)}</figcaption>
    </figure>
  );
}
