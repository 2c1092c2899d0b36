/** The button that folds or unfolds a side panel: a real button (Enter, Space), its state in aria-expanded. */
export default function PanelToggle({ open, onToggle, controls, name, side, testId }) {
  const pointsLeft = (side === 'left') === open;
  return (
    <button
      type="button"
      className="btn ghost small panel-toggle"
      aria-expanded={open}
      aria-controls={controls}
      aria-label={open ? `Hide ${name}` : `Show ${name}`}
      title={open ? `Hide ${name}` : `Show ${name}`}
      onClick={onToggle}
      data-testid={testId}
    >
      <span aria-hidden="true">{pointsLeft ? '«' : '»'}</span>
    </button>
  );
}
