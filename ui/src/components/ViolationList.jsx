/** Validation problems as a list: path, then message. */
export default function ViolationList({ violations, testId = 'violations' }) {
  if (!violations?.length) return null;
  return (
    <ul className="violations" data-testid={testId}>
      {violations.map((v, i) => (
        <li key={`${v.path}-${i}`} className={v.severity === 'warning' ? 'warning' : 'error'}>
          {v.path && <code>{v.path}</code>} {v.message}
        </li>
      ))}
    </ul>
  );
}
