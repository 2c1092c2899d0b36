import { useRef, useState } from 'react';
import { filterSuggestions, insertSuggestion, openTemplate } from '../model/templateQuery.js';
import FieldShell from './FieldShell.jsx';
import Control from './Control.jsx';
import Suggestions from './Suggestions.jsx';

/** A text input (or code area) where typing `{{` lists the request fields and upstream outputs. */
export default function TemplateField({
  label,
  hint,
  value,
  onChange,
  suggestions,
  errors,
  testId,
  multiline,
  rows,
  placeholder,
  required,
}) {
  const ref = useRef(null);
  const [open, setOpen] = useState(null);
  const [active, setActive] = useState(0);
  const items = open ? filterSuggestions(suggestions || [], open.query) : [];

  const change = (event) => {
    onChange(event.target.value);
    setOpen(openTemplate(event.target.value, event.target.selectionStart));
    setActive(0);
  };
  const pick = (item) => {
    const el = ref.current;
    const { text, caret } = insertSuggestion(value ?? '', open, el.selectionStart, item.path);
    onChange(text);
    setOpen(null);
    requestAnimationFrame(() => {
      el.focus();
      el.setSelectionRange(caret, caret);
    });
  };
  const keyDown = (event) => {
    if (!items.length) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => (a + step + items.length) % items.length);
    } else if (event.key === 'Enter' || event.key === 'Tab') {
      event.preventDefault();
      pick(items[active]);
    } else if (event.key === 'Escape') {
      event.stopPropagation();
      setOpen(null);
    }
  };
  const props = {
    ref,
    value: value ?? '',
    onChange: change,
    onKeyDown: keyDown,
    onBlur: () => setOpen(null),
    placeholder,
    spellCheck: false,
    'data-testid': testId,
    'aria-autocomplete': 'list',
  };
  return (
    <FieldShell label={label} hint={hint} errors={errors} testId={testId} required={required}>
      <div className="template-field">
        {multiline ? (
          <Control as="textarea" className="code" rows={rows || 6} {...props} />
        ) : (
          <Control type="text" {...props} />
        )}
        <Suggestions items={items} active={active} onPick={pick} />
      </div>
    </FieldShell>
  );
}
