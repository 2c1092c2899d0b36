import { useState } from 'react';
import { secrets as secretsApi } from '../../api/endpoints.js';
import ErrorMessage from '../../components/ErrorMessage.jsx';
import { cannotMove, moveTarget, suggestedName } from '../model/leaks.js';

/**
 * Under a credential-literal warning of the selected node: "Move to a secret" when the literal fills a secret
 * field (creates the secret, then the field names it; save the draft to keep the change), else why not.
 */
export default function LeakMove({ projectId, node, problem, descriptor, setField }) {
  const target = moveTarget(problem, descriptor, node.data.config);
  const [name, setName] = useState(() => suggestedName(node.id, problem.field || 'secret'));
  const [error, setError] = useState(null);
  const [busy, setBusy] = useState(false);
  if (!target) {
    return (
      <p className="muted small" data-testid="leak-cannot-move">
        {cannotMove(problem, descriptor)}
      </p>
    );
  }
  const move = async () => {
    setBusy(true);
    setError(null);
    try {
      await secretsApi.put(projectId, name, { type: target.secretType, value: target.value });
      setField(node.id, target.field, name);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="leak-move" data-testid="leak-move">
      <input
        className="mono small"
        value={name}
        onChange={(e) => setName(e.target.value)}
        aria-label="Secret name"
        data-testid="leak-secret-name"
      />
      <button type="button" className="btn small" onClick={move} disabled={busy} data-testid="leak-move-button">
        Move to a {target.secretType} secret
      </button>
      <ErrorMessage error={error} />
    </div>
  );
}
