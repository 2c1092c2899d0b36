import { useState } from 'react';
import { secrets } from '../../api/endpoints.js';
import ErrorMessage from '../../components/ErrorMessage.jsx';
import { testRunsBlocked } from './environments.js';

/** Whether draft test runs may use the live value when the secret has no test value (off by default). */
export default function TestUsesLiveToggle({ project, secret, onChanged, disabled }) {
  const [error, setError] = useState(null);
  const [busy, setBusy] = useState(false);
  const toggle = async (checked) => {
    setError(null);
    setBusy(true);
    try {
      await secrets.put(project.id, secret.name, { type: secret.type, testUsesLive: checked });
      onChanged();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <span className="test-uses-live">
      <label className="check" title="Test runs use the live value when there is no test value">
        <input
          type="checkbox"
          checked={Boolean(secret.testUsesLive)}
          disabled={disabled || busy}
          onChange={(e) => toggle(e.target.checked)}
          data-testid={`test-uses-live-${secret.name}`}
        />
        Test runs may use live
      </label>
      {testRunsBlocked(secret) && (
        <span className="field-error" data-testid={`test-runs-blocked-${secret.name}`}>
          Test runs fail: no test value
        </span>
      )}
      <ErrorMessage error={error} />
    </span>
  );
}
