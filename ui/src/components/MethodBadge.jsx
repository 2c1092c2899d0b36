export default function MethodBadge({ method }) {
  const m = (method || '').toUpperCase();
  return <span className={`method method-${m.toLowerCase()}`}>{m}</span>;
}
