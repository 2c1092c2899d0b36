import { useState } from 'react';
import { secrets } from '../../api/endpoints.js';
import ErrorMessage from '../../components/ErrorMessage.jsx';
import SelectField from '../../components/SelectField.jsx';
import TextField from '../../components/TextField.jsx';
import { putBody } from './environments.js';
import ApiKeyPlacement from './ApiKeyPlacement.jsx';
import { SECRET_TYPES, VALUE_HINTS, secretBody } from './secretTypes.js';

/**
 * Adds a secret, or sets a value of `fixed`: for one environment (`live` by default, `test`, or one the
 * project added), directly or as a staged version that nothing deployed uses until it is promoted. The value
 * lives only in this form's state and is cleared as soon as it has been sent; a jwt secret can be generated
 * on the server instead.
 */
export default function SecretForm({ project, fixed, onSaved, environments, initialEnvironment }) {
  const [name, setName] = useState(fixed?.name || '');
  const [type, setType] = useState(fixed?.type || 'jwt');
  const [value, setValue] = useState('');
  const [generate, setGenerate] = useState(type === 'jwt');
  const [environment, setEnvironment] = useState(initialEnvironment || 'live');
  const [stage, setStage] = useState(false);
  const [placement, setPlacement] = useState({ in: fixed?.metadata?.in || 'header', name: '' });
  const [error, setError] = useState(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event) => {
    event.preventDefault();
    setError(null);
    setBusy(true);
    const { metadata } = secretBody({ type, value, generate, placement });
    const body = { ...putBody({ type, value, generate, environment, stage }), ...(metadata ? { metadata } : {}) };
    try {
      await secrets.put(project.id, name, body);
      setValue('');
      setStage(false);
      setPlacement({ in: 'header', name: '' });
      if (!fixed) setName('');
      onSaved();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const prefix = fixed ? 'replace' : 'secret';
  return (
    <form className="panel stack" onSubmit={submit} data-testid={`${prefix}-form`} autoComplete="off">
      <h2>{fixed ? `Set a value of ${fixed.name}` : 'Add a secret'}</h2>
      <div className="row">
        <TextField
          label="Name"
          value={name}
          onChange={setName}
          disabled={Boolean(fixed)}
          testId={`${prefix}-name`}
          hint="a-z, 0-9, _ and -"
        />
        <SelectField
          label="Type"
          value={type}
          onChange={(t) => {
            setType(t);
            setGenerate(t === 'jwt');
          }}
          options={SECRET_TYPES}
          disabled={Boolean(fixed)}
          testId={`${prefix}-type`}
        />
      </div>
      <div className="row">
        <SelectField
          label="Environment"
          value={environment}
          onChange={setEnvironment}
          options={environments && environments.length > 0 ? environments : ['live', 'test']}
          testId={`${prefix}-environment`}
        />
        <label className="check">
          <input
            type="checkbox"
            checked={stage}
            onChange={(e) => setStage(e.target.checked)}
            data-testid={`${prefix}-stage`}
          />
          Stage it: try it in test runs first, promote when it works
        </label>
      </div>
      {type === 'jwt' && (
        <label className="check">
          <input
            type="checkbox"
            checked={generate}
            onChange={(e) => setGenerate(e.target.checked)}
            data-testid={`${prefix}-generate`}
          />
          Generate a strong random value on the server
        </label>
      )}
      {!(type === 'jwt' && generate) && (
        <TextField
          label="Value"
          type="password"
          value={value}
          onChange={setValue}
          autoComplete="new-password"
          testId={`${prefix}-value`}
          hint={VALUE_HINTS[type]}
        />
      )}
      {type === 'apiKey' && (
        <ApiKeyPlacement placement={placement} onChange={setPlacement} prefix={prefix} replacing={Boolean(fixed)} />
      )}
      <ErrorMessage error={error} testId={`${prefix}-error`} />
      <button type="submit" className="btn primary" disabled={busy} data-testid={`${prefix}-save`}>
        {stage ? `Stage ${environment} value` : fixed ? `Set ${environment} value` : 'Add secret'}
      </button>
    </form>
  );
}
