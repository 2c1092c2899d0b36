import { useEffect, useState } from 'react';
import SampleBar from './SampleBar.jsx';
import { METHODS } from '../model/methods.js';
import KeyValueRows from './KeyValueRows.jsx';
import TestResult from './TestResult.jsx';
import { pathParamNames, toTestRequest } from './sample.js';
import ErrorMessage from '../../components/ErrorMessage.jsx';

/**
 * A sample request (method, path params, query, headers, JSON body) run against the saved draft. The request
 * and the named samples live in {@code requests} (useTestRequests), so they outlast this panel.
 */
export default function TestRunPanel({ runRef, meta, busy, result, onRun, onClear, labelOf, onPickNode, requests }) {
  const { sample, setSample } = requests;
  const [error, setError] = useState(null);
  const set = (key) => (value) => setSample((s) => ({ ...s, [key]: value }));
  const names = pathParamNames(meta.path);
  const given = Object.fromEntries(sample.params);
  const run = (event) => {
    event?.preventDefault();
    const built = toTestRequest(sample, meta);
    setError(built.error || null);
    if (built.request) onRun(built.request);
  };
  useEffect(() => {
    runRef.current = run;
    return () => {
      runRef.current = null;
    };
  });
  return (
    <div className="test-panel">
      <SampleBar requests={requests} />
      <form onSubmit={run} className="stack">
        <label className="field">
          <span className="field-label">Method</span>
          <select value={sample.method} onChange={(e) => set('method')(e.target.value)} data-testid="test-method">
            {METHODS.map((m) => (
              <option key={m}>{m}</option>
            ))}
          </select>
        </label>
        {names.length > 0 && (
          <KeyValueRows
            label="Path parameters"
            rows={names.map((n) => [n, given[n] ?? ''])}
            onChange={set('params')}
            fixedKeys
            testId="test-params"
          />
        )}
        <KeyValueRows label="Query" rows={sample.query} onChange={set('query')} testId="test-query" />
        <KeyValueRows label="Headers" rows={sample.headers} onChange={set('headers')} testId="test-headers" />
        <label className="field">
          <span className="field-label">JSON body</span>
          <textarea
            className="code"
            rows={5}
            value={sample.body}
            onChange={(e) => set('body')(e.target.value)}
            placeholder='{"name": "Ada"}'
            data-testid="test-body-input"
            spellCheck={false}
          />
        </label>
        <ErrorMessage error={error} testId="test-input-error" />
        <div className="row">
          <button type="submit" className="btn primary" disabled={busy} data-testid="run-test">
            {busy ? 'Running…' : 'Run test'}
          </button>
          {result && (
            <button type="button" className="btn ghost" onClick={onClear} data-testid="clear-test">
              Clear trace
            </button>
          )}
        </div>
      </form>
      {result && <TestResult result={result} labelOf={labelOf} onPickNode={onPickNode} />}
    </div>
  );
}
