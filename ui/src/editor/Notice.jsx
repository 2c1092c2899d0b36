/** The result of the last save, test, deploy or rollback. */
export default function Notice({ notice, onClose }) {
  if (!notice) return null;
  return (
    <div
      className={`notice ${notice.kind}`}
      role={notice.kind === 'error' ? 'alert' : 'status'}
      data-testid="notice"
      data-kind={notice.kind}
    >
      <span>{notice.text}</span>
      <button type="button" className="btn ghost small" onClick={onClose} aria-label="Dismiss">
        ✕
      </button>
    </div>
  );
}
