import { smoothPath } from '../../domain/curve';
import { EMOTION_MAX } from '../../domain/types';

const W = 300;
const H = 140;
const PAD = 14;

function points(values: readonly (number | null)[]) {
  const n = values.length;
  return values.flatMap((v, i) => (v === null ? [] : [{ x: PAD + (n <= 1 ? (W - 2 * PAD) / 2 : (i / (n - 1)) * (W - 2 * PAD)), y: H / 2 - (v / EMOTION_MAX) * (H / 2 - PAD) }]));
}

/** Two emotion curves on one chart, each spread over the full width (maps may differ in steps). */
export function CompareChart({ a, b, label, legend }: { a: readonly (number | null)[]; b: readonly (number | null)[]; label: string; legend: [string, string] }) {
  const pa = points(a);
  const pb = points(b);
  return (
    <figure className="compare-chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
        <line x1={PAD} x2={W - PAD} y1={H / 2} y2={H / 2} className="grid-zero" />
        <path d={smoothPath(pa)} className="compare-a" />
        <path d={smoothPath(pb)} className="compare-b" />
        {pa.map((p, i) => (
          <circle key={`a${i}`} cx={p.x} cy={p.y} r={3} className="compare-a-dot" />
        ))}
        {pb.map((p, i) => (
          <circle key={`b${i}`} cx={p.x} cy={p.y} r={3} className="compare-b-dot" />
        ))}
      </svg>
      <figcaption className="legend">
        <span className="legend-a">{legend[0]}</span>
        <span className="legend-b">{legend[1]}</span>
      </figcaption>
    </figure>
  );
}
