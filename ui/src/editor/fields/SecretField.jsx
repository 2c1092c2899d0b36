import { useContext } from 'react';
import { DecorationsContext } from '../decorations.js';
import FieldShell from './FieldShell.jsx';
import Control from './Control.jsx';
import { kindText, namesOfTypes } from './secretTypes.js';

/**
 * Picks a secret by name among the project's secrets of the accepted types (`types`, or the one `type`; every
 * secret when none is given). Only names are ever listed: values never reach the browser. When the secrets list
 * is unavailable, the name is typed.
 * A viewer (read-only editor) is not told to add a secret: they cannot.
 */
export default function SecretField({
  label = 'Secret',
  type,
  types,
  value,
  onChange,
  secrets,
  errors,
  testId = 'secret',
  required,
}) {
  const accepted = types?.length ? types : type ? [type] : [];
  const kind = kindText(accepted);
  const readOnly = Boolean(useContext(DecorationsContext)?.readOnly);
  if (!secrets) {
    return (
      <FieldShell label={label} hint={`Name of a ${kind}`} errors={errors} testId={testId} required={required}>
        <Control type="text" value={value ?? ''} onChange={(e) => onChange(e.target.value)} data-testid={testId} />
      </FieldShell>
    );
  }
  const names = namesOfTypes(secrets, accepted);
  const missing = value && !names.includes(value);
  return (
    <FieldShell
      label={label}
      hint={emptyHint(names.length, kind, readOnly)}
      errors={errors}
      testId={testId}
      required={required}
    >
      <Control as="select" value={value ?? ''} onChange={(e) => onChange(e.target.value)} data-testid={testId}>
        <option value="">— choose a {kind} —</option>
        {names.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
        {missing && <option value={value}>{value} (missing)</option>}
      </Control>
    </FieldShell>
  );
}

export function emptyHint(count, kind, readOnly) {
  if (count) return `Only ${kind}s are listed`;
  return readOnly
    ? `This project has no ${kind}; an owner or editor can add one`
    : `This project has no ${kind} yet: add one on the Secrets tab`;
}
