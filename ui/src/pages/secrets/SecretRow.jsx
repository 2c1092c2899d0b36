import { useState } from 'react';
import { secrets } from '../../api/endpoints.js';
import ErrorMessage from '../../components/ErrorMessage.jsx';
import SecretForm from './SecretForm.jsx';
import EnvironmentBadges from './EnvironmentBadges.jsx';
import StagedActions from './StagedActions.jsx';
import TestUsesLiveToggle from './TestUsesLiveToggle.jsx';
import { placementText } from './secretTypes.js';
import SecretTestButton from './SecretTestButton.jsx';
import { usedByText } from './usedBy.js';
import { canEdit } from '../../app/roles.js';

export default function SecretRow({ project, secret, onChanged, environments }) {
  const [mode, setMode] = useState(null);
  const [formEnvironment, setFormEnvironment] = useState('live');
  const openForm = (environment) => {
    const same = mode === 'replace' && formEnvironment === environment;
    setFormEnvironment(environment);
    setMode(same ? null : 'replace');
  };
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
        <td>
          {secret.type}
          {placementText(secret.metadata) && <span className="muted"> · {placementText(secret.metadata)}</span>}
        </td>
        <td data-testid="secret-version">{secret.version != null ? `v${secret.version}` : ''}</td>
        <td>
          <EnvironmentBadges secret={secret} />
          {canEdit(project) && secret.environments && (
            <>
              <StagedActions project={project} secret={secret} onChanged={onChanged} />
              <TestUsesLiveToggle project={project} secret={secret} onChanged={onChanged} />
            </>
          )}
        </td>
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
                onClick={() => openForm('live')}
                data-testid="replace-secret"
              >
                Set live value
              </button>
              <button
                type="button"
                className="btn ghost small"
                onClick={() => openForm('test')}
                data-testid="set-test-value"
              >
                Set test value
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
          <td colSpan={7}>
            <SecretForm
              key={formEnvironment}
              project={project}
              fixed={secret}
              environments={environments}
              initialEnvironment={formEnvironment}
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
