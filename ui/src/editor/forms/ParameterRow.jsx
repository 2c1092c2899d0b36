import { useEffect, useState } from 'react';
import { TYPES } from './parameterEdits.js';

const num = (text) => (text === '' ? undefined : Number(text));
const list = (text) =>
  text.trim() === ''
    ? undefined
    : text.split(',').map((part) => {
        const t = part.trim();
        return t !== '' && !Number.isNaN(Number(t)) ? Number(t) : t;
      });

/**
 * One declared parameter: name, type, required; constraints behind a toggle. The row is keyed by position, not
 * name, so that renaming (on blur) does not remount it and swallow the click that caused the blur (the "⋯").
 */
export default function ParameterRow({ name, spec, testId, onRename, onSet, onRemove }) {
  const [draftName, setDraftName] = useState(name);
  const [more, setMore] = useState(false);
  useEffect(() => setDraftName(name), [name]);
  return (
    <div className="param-row" data-testid={testId}>
      <div className="param-main">
        <input
          value={draftName}
          onChange={(e) => setDraftName(e.target.value)}
          onBlur={() => draftName && draftName !== name && onRename(draftName)}
          aria-label="Parameter name"
          data-testid={`${testId}-name`}
        />
        <select
          value={spec.type || ''}
          onChange={(e) => onSet('type', e.target.value || undefined)}
          aria-label="Type"
          data-testid={`${testId}-type`}
        >
          {TYPES.map((t) => (
            <option key={t} value={t}>
              {t || 'any'}
            </option>
          ))}
        </select>
        <label className="check">
          <input
            type="checkbox"
            checked={Boolean(spec.required)}
            onChange={(e) => onSet('required', e.target.checked)}
            data-testid={`${testId}-required`}
          />
          required
        </label>
        <label className="check" title="Masked in every stored and test-run trace (type password implies it)">
          <input
            type="checkbox"
            checked={Boolean(spec.sensitive) || spec.type === 'password'}
            disabled={spec.type === 'password'}
            onChange={(e) => onSet('sensitive', e.target.checked || undefined)}
            data-testid={`${testId}-sensitive`}
          />
          sensitive
        </label>
        <button
          type="button"
          className="btn ghost small"
          onClick={() => setMore(!more)}
          aria-expanded={more}
          title="Constraints"
          data-testid={`${testId}-more`}
        >
          ⋯
        </button>
        <button type="button" className="btn ghost small" onClick={onRemove} aria-label={`Remove ${name}`}>
          ✕
        </button>
      </div>
      {more && (
        <div className="param-more">
          <input
            placeholder="min"
            defaultValue={spec.min ?? ''}
            onBlur={(e) => onSet('min', num(e.target.value))}
            aria-label="Minimum"
          />
          <input
            placeholder="max"
            defaultValue={spec.max ?? ''}
            onBlur={(e) => onSet('max', num(e.target.value))}
            aria-label="Maximum"
          />
          <input
            placeholder="pattern"
            defaultValue={spec.pattern ?? ''}
            onBlur={(e) => onSet('pattern', e.target.value || undefined)}
            aria-label="Pattern"
          />
          <input
            placeholder="enum: a, b, c"
            defaultValue={(spec.enum || []).join(', ')}
            onBlur={(e) => onSet('enum', list(e.target.value))}
            aria-label="Allowed values"
          />
          <input
            placeholder="default"
            defaultValue={spec.default === undefined ? '' : JSON.stringify(spec.default)}
            onBlur={(e) => onSet('default', e.target.value === '' ? undefined : parseDefault(e.target.value))}
            aria-label="Default"
          />
        </div>
      )}
    </div>
  );
}

function parseDefault(text) {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
