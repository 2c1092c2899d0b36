import { formatMs, portLabel } from '../model/trace.js';
import { useCatalog } from '../../app/nodeTypes.js';
import JsonView from './JsonView.jsx';

/** The answer of a test run and its trace; a trace row selects its node on the canvas. */
export default function TestResult({ result, labelOf, onPickNode }) {
  const catalog = useCatalog();
  const ok = result.status < 400;
  return (
    <section className="test-result" data-testid="test-result">
      <h3>
        Response{' '}
        <span className={`status ${ok ? 'live' : 'failed'}`} data-testid="test-status">
          {result.status}
        </span>{' '}
        <span className="muted">{formatMs(result.durationMs)}</span>
      </h3>
      {result.error && (
        <p className="error-message" data-testid="test-error">
          {result.error}
          {result.failedNodeId && ` at ${labelOf(result.failedNodeId)}`}
        </p>
      )}
      <JsonView value={result.body} testId="test-body" />
      {result.headers && Object.keys(result.headers).length > 0 && (
        <>
          <h4>Headers</h4>
          <JsonView value={result.headers} testId="test-headers-out" />
        </>
      )}
      <h3>Trace</h3>
      <ol className="trace" data-testid="test-trace">
        {(result.trace || []).map((entry, i) => (
          <li key={i} className={entry.status}>
            <button
              type="button"
              className="linkish"
              onClick={() => onPickNode(entry.nodeId)}
              data-testid={`trace-row-${entry.nodeId}`}
            >
              <span className="dp-node-icon" style={{ '--kind': catalog.nodeType(entry.type).color }}>
                {catalog.nodeType(entry.type).icon}
              </span>{' '}
              {labelOf(entry.nodeId)}
            </button>
            <span className="muted">
              {portLabel(catalog, entry) ? `→ ${portLabel(catalog, entry)} · ` : ''}
              {formatMs(entry.durationMs)}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
