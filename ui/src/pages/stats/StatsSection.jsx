import { useState } from 'react';
import { stats, workflows } from '../../api/endpoints.js';
import { useLoad } from '../../app/useLoad.js';
import ErrorMessage from '../../components/ErrorMessage.jsx';
import BarChart from './BarChart.jsx';
import StatsTotals from './StatsTotals.jsx';
import WorkflowStats from './WorkflowStats.jsx';

const RANGES = {
  '24h': { granularity: 'hour', hours: 24 },
  '7d': { granularity: 'hour', hours: 24 * 7 },
  '30d': { granularity: 'day', hours: 24 * 30 },
};

function rangeOf(key) {
  const { granularity, hours } = RANGES[key];
  return { granularity, from: new Date(Date.now() - hours * 3600_000).toISOString() };
}

/** Calls, errors and latency of the project's deployed endpoints over time. */
export default function StatsSection({ project }) {
  const [range, setRange] = useState('24h');
  const [workflowId, setWorkflowId] = useState('');
  const { data, error, reload, loading } = useLoad(
    () => (workflowId ? stats.workflow(workflowId, rangeOf(range)) : stats.project(project.id, rangeOf(range))),
    [project.id, workflowId, range],
  );
  const { data: list } = useLoad(() => workflows.list(project.id), [project.id]);
  const nameOf = (id) => list?.find((w) => w.id === id)?.name || id;
  const buckets = data?.buckets || [];
  return (
    <section className="stats" data-testid="stats-page">
      <div className="row">
        <div className="segmented" role="group" aria-label="Time range">
          {Object.keys(RANGES).map((key) => (
            <button
              key={key}
              type="button"
              className={`btn small${range === key ? ' active' : ' ghost'}`}
              aria-pressed={range === key}
              onClick={() => setRange(key)}
              data-testid={`stats-range-${key}`}
            >
              {key}
            </button>
          ))}
        </div>
        <select
          value={workflowId}
          onChange={(e) => setWorkflowId(e.target.value)}
          aria-label="Workflow"
          data-testid="stats-workflow"
        >
          <option value="">All workflows</option>
          {(list || []).map((w) => (
            <option key={w.id} value={w.id}>
              {w.name} ({w.method} {w.path})
            </option>
          ))}
        </select>
        <span className="spacer" />
        <button
          type="button"
          className="btn ghost small"
          onClick={reload}
          disabled={loading}
          data-testid="stats-refresh"
        >
          Refresh
        </button>
      </div>
      <ErrorMessage error={error} />
      {data && (
        <>
          <StatsTotals totals={data.totals} />
          <BarChart
            title="Calls"
            buckets={buckets}
            value={(b) => b.calls}
            granularity={data.granularity}
            testId="chart-calls"
          />
          <BarChart
            title="Errors"
            buckets={buckets}
            value={(b) => b.errors}
            granularity={data.granularity}
            testId="chart-errors"
            tone="errors"
          />
          <BarChart
            title="Latency p95"
            buckets={buckets}
            value={(b) => b.p95}
            unit=" ms"
            granularity={data.granularity}
            testId="chart-latency"
            tone="latency"
          />
          {!workflowId && <WorkflowStats rows={data.workflows} nameOf={nameOf} onPick={setWorkflowId} />}
        </>
      )}
    </section>
  );
}
