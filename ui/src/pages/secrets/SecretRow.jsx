import { useState } from 'react';
import { secrets } from '../../api/endpoints.js';
import ErrorMessage from '../../components/ErrorMessage.jsx';
import SecretForm from './SecretForm.jsx';
import SecretTestButton from './SecretTestButton.jsx';
import { usedByText } from './usedBy.js';
import { canEdit } from '../../app/roles.js';

export default function SecretRow({ project, secret, onChanged }) {
  const [mode, setMode] = useState(null);
  const [error, setError] = useState(null);
  const remove = async () => {
    try {
      await secrets.remove(project.id, secret.name);
      onChanged();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <>
      <tr data-testid={`secret-row-${secret.name}`}>
        <td className="mono">{secret.name}</td>
        <td>{secret.type}</td>
        <td data-testid="secret-version">{secret.version != null ? `v${secret.version}` : ''}</td>
        <td className="muted">{secret.updatedAt ? new Date(secret.updatedAt).toLocaleString() : ''}</td>
        <td className="muted">{secret.usedBy === undefined ? '' : usedByText(secret.usedBy)}</td>
        <td className="actions">
          {!canEdit(project) ? null : mode === 'delete' ? (
            <>
              <button type="button" className="btn danger small" onClick={remove} data-testid="confirm-delete-secret">
                Delete for good
              </button>
              <button type="button" className="btn ghost small" onClick={() => setMode(null)}>
                Cancel
              </button>
            </>
          ) : (
            <>
              <SecretTestButton project={project} secret={secret} />
              <button
                type="button"
                className="btn ghost small"
                onClick={() => setMode(mode === 'replace' ? null : 'replace')}
                data-testid="replace-secret"
              >
                Replace value
              </button>
              <button
                type="button"
                className="btn ghost small"
                onClick={() => setMode('delete')}
                data-testid="delete-secret"
              >
                Delete
              </button>
            </>
          )}
          <ErrorMessage error={error} />
        </td>
      </tr>
      {mode === 'replace' && (
        <tr>
          <td colSpan={6}>
            <SecretForm
              project={project}
              fixed={secret}
              onSaved={() => {
                setMode(null);
                onChanged();
              }}
            />
          </td>
        </tr>
      )}
    </>
  );
}
