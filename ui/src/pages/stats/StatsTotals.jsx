/** The range's totals: calls, errors, latency percentiles and answers per status code. */
const ms = (v) => (v == null ? '–' : `${Math.round(v * 10) / 10} ms`);

export default function StatsTotals({ totals }) {
  const codes = Object.entries(totals?.statusCodes || {}).sort(([a], [b]) => a.localeCompare(b));
  const cards = [
    ['calls', 'Calls', totals?.calls ?? 0],
    ['errors', 'Errors', totals?.errors ?? 0],
    ['p50', 'p50', ms(totals?.p50)],
    ['p95', 'p95', ms(totals?.p95)],
    ['p99', 'p99', ms(totals?.p99)],
  ];
  return (
    <div className="stat-cards" data-testid="stats-totals">
      {cards.map(([key, title, value]) => (
        <div key={key} className="stat-card">
          <span className="muted">{title}</span>
          <strong data-testid={`stats-total-${key}`}>{value}</strong>
        </div>
      ))}
      <div className="stat-card">
        <span className="muted">Status codes</span>
        <span data-testid="stats-status-codes" className="mono">
          {codes.length ? codes.map(([code, n]) => `${code}: ${n}`).join('  ') : '–'}
        </span>
      </div>
    </div>
  );
}
