/** A plain SVG bar chart over buckets; `value` picks the number of a bucket (null draws no bar). */
const WIDTH = 720;
const HEIGHT = 140;
const PAD = 24;

function label(start, granularity) {
  const d = new Date(start);
  return granularity === 'day' ? d.toLocaleDateString() : `${String(d.getHours()).padStart(2, '0')}:00`;
}

export default function BarChart({ title, buckets, value, unit = '', granularity, testId, tone = 'calls' }) {
  const values = buckets.map((b) => value(b));
  const max = Math.max(1, ...values.filter((v) => v != null));
  const step = buckets.length ? (WIDTH - PAD) / buckets.length : 0;
  const every = Math.max(1, Math.ceil(buckets.length / 8));
  return (
    <figure className="chart" data-testid={testId}>
      <figcaption>
        {title}{' '}
        <span className="muted">
          (max {Math.round(max * 100) / 100}
          {unit})
        </span>
      </figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT + 18}`} role="img" aria-label={title} preserveAspectRatio="none">
        <line x1={PAD} y1={HEIGHT} x2={WIDTH} y2={HEIGHT} className="chart-axis" />
        {buckets.map((b, i) => {
          const v = values[i];
          const h = v == null ? 0 : Math.max(v > 0 ? 2 : 0, (v / max) * (HEIGHT - 10));
          const x = PAD + i * step;
          return (
            <g key={b.start}>
              {v != null && v > 0 && (
                <rect
                  x={x + step * 0.1}
                  y={HEIGHT - h}
                  width={Math.max(1, step * 0.8)}
                  height={h}
                  className={`chart-bar ${tone}`}
                  data-testid={`${testId}-bar`}
                >
                  <title>{`${label(b.start, granularity)}: ${v}${unit}`}</title>
                </rect>
              )}
              {i % every === 0 && (
                <text x={x + step / 2} y={HEIGHT + 14} className="chart-label" textAnchor="middle">
                  {label(b.start, granularity)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
