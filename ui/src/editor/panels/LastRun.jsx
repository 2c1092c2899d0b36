import { formatMs } from '../model/trace.js';
import JsonView from './JsonView.jsx';

/** A node's input, output and error in the last test run (the last pass, for nodes inside a loop). */
export default function LastRun({ trace }) {
  if (!trace) return null;
  const last = trace.entries[trace.entries.length - 1];
  return (
    <section className="last-run" data-testid="node-last-run">
      <h3>
        Last test run <span className={`status ${trace.status === 'ok' ? 'live' : 'failed'}`}>{trace.status}</span>{' '}
        <span className="muted">{formatMs(trace.durationMs)}</span>
      </h3>
      {trace.entries.length > 1 && <p className="muted">Ran {trace.entries.length} times; showing the last.</p>}
      <h4>Input</h4>
      <JsonView value={last.input} testId="node-run-input" />
      <h4>Output</h4>
      <JsonView value={last.output} testId="node-run-output" />
      {last.error && (
        <>
          <h4>Error</h4>
          <JsonView value={last.error} testId="node-run-error" />
        </>
      )}
    </section>
  );
}
