import { formatMs } from '../../editor/model/trace.js';
import { useState } from 'react';
import { workflows } from '../../api/endpoints.js';
import { useLoad } from '../../app/useLoad.js';
import ErrorMessage from '../../components/ErrorMessage.jsx';
import Link from '../../components/Link.jsx';
import MethodBadge from '../../components/MethodBadge.jsx';
import SelectField from '../../components/SelectField.jsx';
import TextField from '../../components/TextField.jsx';
import { HTTP_CLASSES, KINDS, NO_FILTERS, STATUSES, WINDOWS } from './executionQuery.js';
import { keptLabel, keptSentence } from './kept.js';
import { useExecutionPages } from './useExecutionPages.js';

export default function ExecutionsSection({ project }) {
  const [filters, setFilters] = useState(NO_FILTERS);
  const flows = useLoad(() => workflows.list(project.id), [project.id]);
  const list = useExecutionPages(project.id, filters);
  const set = (key) => (value) => setFilters((f) => ({ ...f, [key]: value }));
  const names = new Map((flows.data || []).map((w) => [w.id, w.name]));
  return (
    <section>
      <div className="row filters">
        <SelectField
          label="Workflow"
          value={filters.workflowId}
          onChange={set('workflowId')}
          options={[['', 'All workflows'], ...(flows.data || []).map((w) => [w.id, w.name])]}
          testId="filter-workflow"
        />
        <SelectField
          label="Status"
          value={filters.status}
          onChange={set('status')}
          options={STATUSES}
          testId="filter-status"
        />
        <SelectField label="Kind" value={filters.kind} onChange={set('kind')} options={KINDS} testId="filter-kind" />
        <SelectField
          label="HTTP status"
          value={filters.httpStatus}
          onChange={set('httpStatus')}
          options={HTTP_CLASSES}
          testId="filter-http-status"
        />
        <SelectField
          label="Time"
          value={filters.window}
          onChange={set('window')}
          options={WINDOWS}
          testId="filter-window"
        />
        {filters.window === 'custom' && (
          <>
            <TextField
              label="From"
              type="datetime-local"
              value={filters.from}
              onChange={set('from')}
              testId="filter-from"
            />
            <TextField label="To" type="datetime-local" value={filters.to} onChange={set('to')} testId="filter-to" />
          </>
        )}
        <button type="button" className="btn ghost" onClick={list.reload} data-testid="refresh-executions">
          Refresh
        </button>
      </div>
      <ErrorMessage error={list.error || flows.error} />
      <table className="table" data-testid="execution-list">
        <thead>
          <tr>
            <th>When</th>
            <th>Workflow</th>
            <th>Request</th>
            <th>Kind</th>
            <th>Status</th>
            <th>Duration</th>
            <th>Kept</th>
          </tr>
        </thead>
        <tbody>
          {list.items.map((e) => (
            <tr key={e.id} data-testid="execution-row">
              <td>
                <Link to={`/projects/${project.id}/executions/${e.id}`}>{new Date(e.startedAt).toLocaleString()}</Link>
              </td>
              <td>{names.get(e.workflowId) || e.workflowId}</td>
              <td className="mono">
                <MethodBadge method={e.method} />{' '}
                {e.kept === 'aggregate' ? <span className="muted">(many)</span> : e.path}
              </td>
              <td>
                {e.kind}
                {e.version ? ` v${e.version}` : ''}
              </td>
              <td>
                <span className={`status ${e.status === 'ok' ? 'live' : 'failed'}`}>{e.httpStatus}</span>{' '}
                {e.errorCode || ''}
              </td>
              <td>{formatMs(e.durationMs)}</td>
              <td data-testid="execution-kept" title={keptSentence(e)}>
                {e.kept === 'full' ? keptLabel(e) : <span className="muted">{keptLabel(e)}</span>}
              </td>
            </tr>
          ))}
          {!list.loading && !list.error && list.items.length === 0 && (
            <tr>
              <td colSpan={7} className="muted">
                No executions match. Calls to deployed endpoints and test runs appear here.
              </td>
            </tr>
          )}
        </tbody>
      </table>
      {list.next && (
        <div className="row">
          <button
            type="button"
            className="btn ghost"
            onClick={list.loadMore}
            disabled={list.loading}
            data-testid="load-more-executions"
          >
            {list.loading ? 'Loading…' : 'Load more'}
          </button>
        </div>
      )}
    </section>
  );
}
