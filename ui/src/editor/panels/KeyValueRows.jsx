/** Editable name → value rows (query, headers, path parameters); an empty last row adds a new one. */
export default function KeyValueRows({ label, rows, onChange, testId, fixedKeys }) {
  const shown = fixedKeys ? rows : [...rows, ['', '']];
  const change = (i, which, text) => {
    const next = shown.map((row, j) => (j === i ? (which === 0 ? [text, row[1]] : [row[0], text]) : row));
    onChange(next.filter(([k, v]) => k !== '' || v !== ''));
  };
  return (
    <fieldset className="kv" data-testid={testId}>
      <legend>{label}</legend>
      {shown.length === 0 && <p className="muted">none</p>}
      {shown.map(([k, v], i) => (
        <div className="kv-row" key={i}>
          <input
            value={k}
            placeholder="name"
            readOnly={Boolean(fixedKeys)}
            onChange={(e) => change(i, 0, e.target.value)}
            aria-label={`${label} name`}
            data-testid={`${testId}-name-${i}`}
          />
          <input
            value={v}
            placeholder="value"
            onChange={(e) => change(i, 1, e.target.value)}
            aria-label={`${label} value`}
            data-testid={`${testId}-value-${i}`}
          />
        </div>
      ))}
    </fieldset>
  );
}
