/** The score over time as SVG bars: the score when sent or left, with a tick at the first review's score. */
import type { ScorePoint } from '../../lib/store/stats';
import { scoreTone } from '../shared/labels';

const WIDTH = 320;
const HEIGHT = 84;
const TOP = 6;
const BOTTOM = 16;

export function ScoreChart({
  points,
  label,
  from,
  to,
}: {
  points: readonly ScorePoint[];
  label: string;
  /** Axis labels at the left and right ends ("30 days ago", "today"). */
  from: string;
  to: string;
}) {
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const slot = WIDTH / Math.max(points.length, 1);
  const barWidth = Math.max(3, Math.min(22, slot * 0.7));
  const y = (score: number) => TOP + plotHeight * (1 - score / 100);
  const described = points.filter((p) => p.last !== null);
  const summary =
    described.length === 0 ? 'No scores yet.' : described.map((p) => `${p.first} → ${p.last}`).join(', ');
  return (
    <figure className="chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width="100%"
        role="img"
        aria-label={`${label}: first review → sent, ${summary}`}
      >
        {[0, 50, 100].map((s) => (
          <g key={s}>
            <line className="chart-grid" x1={0} x2={WIDTH} y1={y(s)} y2={y(s)} />
          </g>
        ))}
        {points.map((p, i) => {
          const x = i * slot + (slot - barWidth) / 2;
          if (p.last === null) {
            // biome-ignore lint/suspicious/noArrayIndexKey: a bar's identity is its position in the chart
            return <rect key={i} className="chart-empty" x={x} y={y(0) - 1} width={barWidth} height={1} />;
          }
          const top = y(Math.max(p.last, 2));
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: a bar's identity is its position in the chart
            <g key={i}>
              <rect
                className={`chart-bar bar-${scoreTone(p.last)}`}
                x={x}
                y={top}
                width={barWidth}
                height={y(0) - top}
                rx={2}
              />
              {p.first !== null && p.first !== p.last && (
                <line
                  className="chart-first"
                  x1={x - 1}
                  x2={x + barWidth + 1}
                  y1={y(p.first)}
                  y2={y(p.first)}
                />
              )}
            </g>
          );
        })}
        <text className="chart-axis" x={0} y={HEIGHT - 3}>
          {from}
        </text>
        <text className="chart-axis" x={WIDTH} y={HEIGHT - 3} textAnchor="end">
          {to}
        </text>
      </svg>
      <figcaption className="chart-legend muted">
        <span className="legend-bar" aria-hidden="true" /> when sent or left{' '}
        <span className="legend-tick" aria-hidden="true" /> at first review
      </figcaption>
    </figure>
  );
}
