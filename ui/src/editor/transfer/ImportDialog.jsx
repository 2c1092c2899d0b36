import { useEffect, useRef, useState } from 'react';
import ViolationList from '../../components/ViolationList.jsx';

/**
 * What a picked file holds and where it goes: into the open draft (an undoable edit, saved when you save) or into
 * a new workflow. Every problem is listed: the file's own (not JSON, no nodes), or the server's, each at its path.
 */
export default function ImportDialog({ file, onReplace, onCreate, onClose, readOnly }) {
  const [busy, setBusy] = useState(null);
  const [violations, setViolations] = useState([]);
  const [failure, setFailure] = useState(null);
  const first = useRef(null);
  useEffect(() => first.current?.focus(), []);

  const run = (which, action) => async () => {
    setBusy(which);
    setFailure(null);
    setViolations([]);
    const outcome = await action(file.doc);
    setBusy(null);
    if (outcome?.violations?.length) setViolations(outcome.violations);
    if (outcome?.message) setFailure(outcome.message);
  };

  const problems = file.problems || [];
  return (
    <div className="dialog-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div
        className="dialog import-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="import-title"
        data-testid="import-dialog"
        onKeyDown={(e) => e.key === 'Escape' && onClose()}
      >
        <h3 id="import-title">Import {file.fileName}</h3>
        {file.summary && (
          <p data-testid="import-summary">
            <strong>{file.summary.name}</strong> <span className="mono">{file.summary.route}</span> ·{' '}
            {file.summary.counts}
          </p>
        )}
        {problems.length > 0 && (
          <ul className="violations" data-testid="import-problems">
            {problems.map((p) => (
              <li key={p} className="error">
                {p}
              </li>
            ))}
          </ul>
        )}
        {failure && (
          <p className="error-message" role="alert" data-testid="import-failure">
            {failure}
          </p>
        )}
        <ViolationList violations={violations} testId="import-violations" />
        <div className="row end">
          <button type="button" className="btn ghost" onClick={onClose} data-testid="import-cancel">
            Cancel
          </button>
          {file.doc && !readOnly && (
            <>
              <button
                type="button"
                className="btn"
                ref={first}
                disabled={Boolean(busy)}
                onClick={run('replace', onReplace)}
                title="Replaces the canvas, name, method and path; undo brings the draft back"
                data-testid="import-replace"
              >
                {busy === 'replace' ? 'Importing…' : 'Replace this draft'}
              </button>
              <button
                type="button"
                className="btn primary"
                disabled={Boolean(busy)}
                onClick={run('create', onCreate)}
                data-testid="import-create"
              >
                {busy === 'create' ? 'Creating…' : 'Create a new workflow'}
              </button>
            </>
          )}
        </div>
      </div>
    </div>
  );
}
