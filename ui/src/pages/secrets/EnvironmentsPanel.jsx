import { useState } from 'react';
import { environments as environmentsApi } from '../../api/endpoints.js';
import ErrorMessage from '../../components/ErrorMessage.jsx';
import TextField from '../../components/TextField.jsx';

/**
 * The project's environments: live and test always, others added here (a deployed version can be bound to
 * one). Removing one drops every secret's value of it; the server refuses while deployed versions use it.
 */
export default function EnvironmentsPanel({ project, environments, editable, onChanged }) {
  const [name, setName] = useState('');
  const [error, setError] = useState(null);
  const [busy, setBusy] = useState(false);
  const run = async (work) => {
    setError(null);
    setBusy(true);
    try {
      await work();
      onChanged();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const add = (event) => {
    event.preventDefault();
    run(async () => {
      await environmentsApi.add(project.id, name.trim());
      setName('');
    });
  };
  return (
    <section className="panel stack" data-testid="environments-panel">
      <h2>Environments</h2>
      <ul className="env-list">
        {(environments || []).map((e) => (
          <li key={e.name} data-testid={`environment-${e.name}`}>
            <span className="mono">{e.name}</span>
            {e.builtIn ? (
              <span className="muted"> {e.name === 'live' ? 'deployed endpoints' : 'draft test runs'}</span>
            ) : null}
            {e.deployed && e.deployed.length > 0 ? (
              <span className="muted"> · serves {e.deployed.map((d) => `${d.name} v${d.version}`).join(', ')}</span>
            ) : null}
            {editable && !e.builtIn && (
              <button
                type="button"
                className="btn ghost small"
                disabled={busy}
                onClick={() => run(() => environmentsApi.remove(project.id, e.name))}
                data-testid={`remove-environment-${e.name}`}
              >
                Remove
              </button>
            )}
          </li>
        ))}
      </ul>
      {editable && (
        <form className="row" onSubmit={add} autoComplete="off">
          <TextField
            label="New environment"
            value={name}
            onChange={setName}
            testId="environment-name"
            hint="e.g. staging: a-z, 0-9, _ and -"
          />
          <button type="submit" className="btn small" disabled={busy || !name.trim()} data-testid="environment-add">
            Add environment
          </button>
        </form>
      )}
      <ErrorMessage error={error} testId="environment-error" />
    </section>
  );
}
