/** A readable message for a failed call; nothing when there is no error. */
export default function ErrorMessage({ error, testId = 'error' }) {
  if (!error) return null;
  const text = typeof error === 'string' ? error : error.message || 'Something went wrong.';
  return (
    <div className="error-message" role="alert" data-testid={testId}>
      {text}
    </div>
  );
}
