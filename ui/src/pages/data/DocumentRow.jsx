import { useState } from 'react';
import ErrorMessage from '../../components/ErrorMessage.jsx';
import DocumentEditor from './DocumentEditor.jsx';
import { editableText } from './dataQuery.js';

/** One document as JSON; edit and delete (after a confirm) when writable. */
export default function DocumentRow({ document, writable, save, remove, onSaved, onDeleted }) {
  const [mode, setMode] = useState(null);
  const [error, setError] = useState(null);
  const id = String(document._id);
  const confirmDelete = async () => {
    try {
      await remove();
      setMode(null);
      onDeleted();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <li className="card" data-testid={`document-${id}`}>
      <div className="row spread">
        <code className="muted">{id}</code>
        <span className="spacer" />
        {writable && mode === null && (
          <>
            <button
              type="button"
              className="btn ghost small"
              onClick={() => setMode('edit')}
              data-testid="document-edit"
            >
              Edit
            </button>
            <button
              type="button"
              className="btn ghost small"
              onClick={() => setMode('delete')}
              data-testid="document-delete"
            >
              Delete
            </button>
          </>
        )}
        {mode === 'delete' && (
          <>
            <span>Delete this document?</span>
            <button
              type="button"
              className="btn danger small"
              onClick={confirmDelete}
              data-testid="document-confirm-delete"
            >
              Delete for good
            </button>
            <button type="button" className="btn ghost small" onClick={() => setMode(null)}>
              Cancel
            </button>
          </>
        )}
      </div>
      <ErrorMessage error={error} testId="document-row-error" />
      {mode === 'edit' ? (
        <DocumentEditor
          initial={editableText(document)}
          label="Document (JSON; the id stays)"
          save={save}
          onSaved={() => {
            setMode(null);
            onSaved();
          }}
          onCancel={() => setMode(null)}
        />
      ) : (
        <pre className="json-view" data-testid="document-json">
          {JSON.stringify(document, null, 2)}
        </pre>
      )}
    </li>
  );
}
