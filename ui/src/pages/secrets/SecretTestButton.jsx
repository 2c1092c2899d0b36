import { useState } from 'react';
import { secrets } from '../../api/endpoints.js';
import ErrorMessage from '../../components/ErrorMessage.jsx';
import { canTest, testResultText } from './secretTest.js';

/** "Test": asks the server to try the secret (a MongoDB ping, a JWT round trip) and shows ok or the reason. */
export default function SecretTestButton({ project, secret }) {
  const [result, setResult] = useState(null);
  const [error, setError] = useState(null);
  const [busy, setBusy] = useState(false);
  if (!canTest(secret.type)) return null;
  const run = async () => {
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      setResult(testResultText(await secrets.test(project.id, secret.name)));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button type="button" className="btn ghost small" onClick={run} disabled={busy} data-testid="test-secret">
        {busy ? 'Testing…' : 'Test'}
      </button>
      {result && (
        <span className={result.kind === 'ok' ? 'ok' : 'error'} data-testid="secret-test-result">
          {result.text}
        </span>
      )}
      <ErrorMessage error={error} />
    </>
  );
}
