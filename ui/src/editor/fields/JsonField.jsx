import { useState } from 'react';
import { readJson, showJson } from './jsonText.js';
import TemplateField from './TemplateField.jsx';

/** A JSON value edited as text, with `{{` autocomplete; the value changes only when the text parses. */
export default function JsonField({
  label,
  hint,
  value,
  onChange,
  suggestions,
  errors,
  testId,
  rows = 4,
  placeholder,
  required,
}) {
  const [text, setText] = useState(showJson(value));
  const [local, setLocal] = useState(null);
  const [seen, setSeen] = useState(value);

  // A value that changed from outside (undo, load) replaces the text, unless the text already says it.
  if (value !== seen) {
    setSeen(value);
    const parsed = readJson(text);
    if (parsed.error || JSON.stringify(parsed.value) !== JSON.stringify(value)) setText(showJson(value));
  }

  const change = (next) => {
    setText(next);
    const parsed = readJson(next);
    setLocal(parsed.error || null);
    if (!parsed.error) onChange(parsed.value);
  };
  const all = [...(errors || []), ...(local ? [local] : [])];
  return (
    <TemplateField
      label={label}
      hint={hint}
      value={text}
      onChange={change}
      suggestions={suggestions}
      errors={all}
      testId={testId}
      multiline
      rows={rows}
      placeholder={placeholder}
      required={required}
    />
  );
}
