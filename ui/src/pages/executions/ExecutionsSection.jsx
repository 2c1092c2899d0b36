import { formatMs } from '../../editor/model/trace.js';
import { useState } from 'react';
import { executions, workflows } from '../../api/endpoints.js';
import { useLoad } from '../../app/useLoad.js';
import ErrorMessage from '../../components/ErrorMessage.jsx';
import Link from '../../components/Link.jsx';
import MethodBadge from '../../components/MethodBadge.jsx';
import SelectField from '../../components/SelectField.jsx';
import { WINDOWS, withinWindow } from './timeWindow.js';

export default function ExecutionsSection({ project }) {
  const [filters, setFilters] = useState({ workflowId: '', status: '', window: '' });
  const flows = useLoad(() => workflows.list(project.id), [project.id]);
  const list = useLoad(
    () => executions.list(project.id, { workflowId: filters.workflowId, status: filters.status, limit: '200' }),
    [project.id, filters.workflowId, filters.status],
  );
  const set = (key) => (value) => setFilters((f) => ({ ...f, [key]: value }));
  const names = new Map((flows.data || []).map((w) => [w.id, w.name]));
  const shown = withinWindow(list.data || [], filters.window);
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
          options={[
            ['', 'Any status'],
            ['ok', 'ok'],
            ['error', 'error'],
          ]}
          testId="filter-status"
        />
        <SelectField
          label="Time"
          value={filters.window}
          onChange={set('window')}
          options={WINDOWS}
          testId="filter-window"
        />
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
          {shown.map((e) => (
            <tr key={e.id} data-testid="execution-row">
              <td>
                <Link to={`/projects/${project.id}/executions/${e.id}`}>{new Date(e.startedAt).toLocaleString()}</Link>
              </td>
              <td>{names.get(e.workflowId) || e.workflowId}</td>
              <td className="mono">
                <MethodBadge method={e.method} /> {e.path}
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
              <td
                data-testid="execution-kept"
                title={
                  e.kept === 'summary'
                    ? "Summary only: the log did not keep this run's trace"
                    : 'Kept in full, with its trace'
                }
              >
                {e.kept === 'summary' ? <span className="muted">summary</span> : 'full'}
              </td>
            </tr>
          ))}
          {list.data && shown.length === 0 && (
            <tr>
              <td colSpan={7} className="muted">
                No executions match. Calls to deployed endpoints and test runs appear here.
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </section>
  );
}
