import ErrorMessage from '../../components/ErrorMessage.jsx';

export default function SaveRow({ error, saved, testId }) {
  return (
    <>
      <ErrorMessage error={error} testId={`${testId}-error`} />
      <div className="row">
        <button type="submit" className="btn primary" data-testid={`${testId}-save`}>
          Save
        </button>
        {saved && (
          <span className="muted" data-testid={`${testId}-saved`}>
            Saved.
          </span>
        )}
      </div>
    </>
  );
}
