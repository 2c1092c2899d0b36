import { useState } from 'react';
import { tokens } from '../../api/endpoints.js';
import ErrorMessage from '../../components/ErrorMessage.jsx';
import SelectField from '../../components/SelectField.jsx';
import TextField from '../../components/TextField.jsx';

const SCOPES = [
  ['full', 'full — read and change'],
  ['read', 'read — read only'],
];

/** Creates a token and shows its value once, until the form is used again or the page is left. */
export default function NewTokenForm({ onCreated }) {
  const [name, setName] = useState('');
  const [scope, setScope] = useState('full');
  const [expires, setExpires] = useState('');
  const [created, setCreated] = useState(null);
  const [error, setError] = useState(null);

  const submit = async (event) => {
    event.preventDefault();
    setError(null);
    setCreated(null);
    try {
      const expiresAt = expires ? new Date(`${expires}T00:00:00Z`).toISOString() : undefined;
      setCreated(await tokens.create(name, scope, expiresAt));
      setName('');
      onCreated();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <form className="panel stack" onSubmit={submit} data-testid="new-token-form">
      <h2>New API token</h2>
      <div className="row">
        <TextField label="Name" value={name} onChange={setName} testId="token-name" />
        <SelectField label="Scope" value={scope} onChange={setScope} options={SCOPES} testId="token-scope" />
        <TextField
          label="Expires (optional)"
          type="date"
          value={expires}
          onChange={setExpires}
          testId="token-expires"
        />
      </div>
      <ErrorMessage error={error} testId="token-error" />
      {created && (
        <div className="panel token-once" data-testid="token-created">
          <strong>Copy it now: it is shown only once.</strong>
          <code data-testid="token-value">{created.token}</code>
          <button type="button" className="btn small" onClick={() => navigator.clipboard?.writeText(created.token)}>
            Copy
          </button>
        </div>
      )}
      <button type="submit" className="btn primary" data-testid="token-create">
        Create token
      </button>
    </form>
  );
}
