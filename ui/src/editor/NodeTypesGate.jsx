import { useNodeTypes } from '../app/nodeTypes.js';

/** Shows its children once the node types are loaded; a visible error with a retry when they cannot be. */
export default function NodeTypesGate({ children }) {
  const { status, error, reload } = useNodeTypes();
  if (status === 'ready') return children;
  if (status === 'failed') {
    const why = error?.message || 'the server did not answer';
    return (
      <div className="node-types-failed" role="alert" data-testid="node-types-error">
        <p className="error-message">The editor cannot open: the node types could not be loaded ({why}).</p>
        <button type="button" className="btn" onClick={reload} data-testid="node-types-retry">
          Try again
        </button>
      </div>
    );
  }
  return (
    <div className="boot" data-testid="node-types-loading">
      Loading node types…
    </div>
  );
}
