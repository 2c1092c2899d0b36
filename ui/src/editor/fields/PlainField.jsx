import FieldShell from './FieldShell.jsx';
import Control from './Control.jsx';

/** A plain text or number input in a node form. */
export default function PlainField({
  label,
  hint,
  value,
  onChange,
  errors,
  testId,
  type = 'text',
  placeholder,
  required,
}) {
  const change = (event) => {
    const raw = event.target.value;
    if (type !== 'number') return onChange(raw === '' ? undefined : raw);
    return onChange(raw === '' ? undefined : Number(raw));
  };
  return (
    <FieldShell label={label} hint={hint} errors={errors} testId={testId} required={required}>
      <Control type={type} value={value ?? ''} onChange={change} data-testid={testId} placeholder={placeholder} />
    </FieldShell>
  );
}
