import { formatMs } from '../../editor/model/trace.js';
import { executions, workflows } from '../../api/endpoints.js';
import { useLoad } from '../../app/useLoad.js';
import ErrorMessage from '../../components/ErrorMessage.jsx';
import Link from '../../components/Link.jsx';
import TraceEntry from './TraceEntry.jsx';
import { keptSentence } from './kept.js';

/** The labels of the nodes of the document that ran (its version, else the draft); empty when it cannot be read. */
function loadLabels(workflowId, version) {
  if (!workflowId) return Promise.resolve({});
  const doc = version ? workflows.version(workflowId, version) : workflows.get(workflowId);
  return doc.then(
    (d) => Object.fromEntries((d.nodes || []).filter((n) => n.data?.label).map((n) => [n.id, n.data.label])),
    () => ({}),
  );
}

export default function ExecutionDetail({ project, executionId }) {
  const { data: e, error } = useLoad(() => executions.get(project.id, executionId), [project.id, executionId]);
  const { data: labels } = useLoad(() => loadLabels(e?.workflowId, e?.version), [e?.workflowId, e?.version]);
  return (
    <section data-testid="execution-detail">
      <p className="row spread">
        <Link to={`/projects/${project.id}/executions`}>← All executions</Link>
        {e?.workflowId && (
          <Link to={`/projects/${project.id}/workflows/${e.workflowId}`} data-testid="open-execution-workflow">
            Open the workflow
          </Link>
        )}
      </p>
      <ErrorMessage error={error} />
      {e && (
        <>
          <h2>
            {e.method} {e.kept === 'aggregate' ? `${Number(e.runs).toLocaleString('en-US')} runs` : e.path}{' '}
            <span className={`status ${e.status === 'ok' ? 'live' : 'failed'}`}>{e.httpStatus}</span>
          </h2>
          <p className="muted">
            {new Date(e.startedAt).toLocaleString()} · {e.kind}
            {e.version ? ` of version ${e.version}` : ''} · {formatMs(e.durationMs)}{' '}
            {e.errorCode ? `· ${e.errorCode}` : ''}
          </p>
          <h3>Trace</h3>
          {e.kept === 'aggregate' && (
            <p className="muted" data-testid="execution-aggregate">
              {keptSentence(e)} Failures and test runs always keep their trace; set the workflow&apos;s log to
              &ldquo;all&rdquo; or a sample rate to keep more successful runs in full.
            </p>
          )}
          {e.kept === 'summary' && (
            <p className="muted" data-testid="execution-summary-only">
              This run was kept as a summary, without its trace: its workflow&apos;s log setting (or a log falling
              behind under load) did not pick it for a full trace. Failures and test runs always keep theirs.
            </p>
          )}
          <ol className="trace-detail">
            {(e.trace || []).map((entry, i) => (
              <TraceEntry key={i} entry={entry} label={labels?.[entry.nodeId]} />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
