import { useState } from 'react';
import ErrorMessage from '../../components/ErrorMessage.jsx';
import ViolationList from '../../components/ViolationList.jsx';
import { parseDocument } from './dataQuery.js';

/** A JSON textarea for a document; the server's schema violations are listed under it. */
export default function DocumentEditor({ initial, label, save, onSaved, onCancel }) {
  const [text, setText] = useState(initial);
  const [error, setError] = useState(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    const parsed = parseDocument(text);
    if (parsed.error) {
      setError(parsed.error);
      return;
    }
    setBusy(true);
    try {
      await save(parsed.document);
      setError(null);
      onSaved();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const details = error && typeof error === 'object' ? error.details?.details || [] : [];
  return (
    <div className="stack" data-testid="document-editor">
      <label className="field">
        <span className="field-label">{label}</span>
        <textarea
          className="mono"
          rows={Math.min(16, Math.max(4, text.split('\n').length + 1))}
          value={text}
          onChange={(e) => setText(e.target.value)}
          data-testid="document-text"
        />
      </label>
      <ErrorMessage error={error} testId="document-error" />
      {details.length > 0 && <ViolationList violations={details.map((d) => ({ path: d.field, message: d.reason }))} />}
      <div className="row">
        <button type="button" className="btn small" onClick={submit} disabled={busy} data-testid="document-save">
          Save
        </button>
        <button type="button" className="btn ghost small" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
