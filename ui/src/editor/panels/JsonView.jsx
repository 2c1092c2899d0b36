/** A value shown as indented JSON. */
export default function JsonView({ value, testId }) {
  const text = value === undefined ? '—' : JSON.stringify(value, null, 2);
  return (
    <pre className="json-view" data-testid={testId}>
      {text}
    </pre>
  );
}
