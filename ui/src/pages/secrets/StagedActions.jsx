import { useState } from 'react';
import { secrets } from '../../api/endpoints.js';
import ErrorMessage from '../../components/ErrorMessage.jsx';
import { stagedVersions } from './environments.js';

/**
 * Promote or discard each staged version of a secret. Promoting makes it the environment's value for the
 * next request everywhere; discarding drops it and leaves the value as it is.
 */
export default function StagedActions({ project, secret, onChanged }) {
  const [error, setError] = useState(null);
  const [busy, setBusy] = useState(false);
  const act = async (action, environment) => {
    setError(null);
    setBusy(true);
    try {
      await secrets[action](project.id, secret.name, environment);
      onChanged();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const staged = stagedVersions(secret);
  if (staged.length === 0) return null;
  return (
    <div className="staged-actions" data-testid={`staged-actions-${secret.name}`}>
      {staged.map((s) => (
        <span key={s.environment} className="row">
          <span className="muted">
            {s.environment}: v{s.version} staged{s.by ? ` by ${s.by}` : ''}
          </span>
          <button
            type="button"
            className="btn primary small"
            disabled={busy}
            onClick={() => act('promote', s.environment)}
            data-testid={`promote-${s.environment}`}
          >
            Promote
          </button>
          <button
            type="button"
            className="btn ghost small"
            disabled={busy}
            onClick={() => act('discard', s.environment)}
            data-testid={`discard-${s.environment}`}
          >
            Discard
          </button>
        </span>
      ))}
      <ErrorMessage error={error} />
    </div>
  );
}
