import { useEffect, useState } from 'react';
import FieldShell from '../fields/FieldShell.jsx';
import Control from '../fields/Control.jsx';
import { namesOf } from './maskingSetting.js';

/** A comma-separated list of names, edited as text and applied when the field loses focus. */
export default function NamesField({ label, hint, names, onChange, errors, testId }) {
  const shown = (names || []).join(', ');
  const [draft, setDraft] = useState(shown);
  useEffect(() => setDraft(shown), [shown]);
  return (
    <FieldShell label={label} hint={hint} errors={errors} testId={testId}>
      <Control
        type="text"
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => onChange(namesOf(draft))}
        data-testid={testId}
      />
    </FieldShell>
  );
}
