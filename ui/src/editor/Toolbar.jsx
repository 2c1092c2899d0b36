import { METHODS } from './model/methods.js';

/** Name, method and path of the workflow, edited once here (API Start mirrors them), and the main actions. */
export default function Toolbar({
  meta,
  setMeta,
  dirty,
  busy,
  deployed,
  undeployed,
  canUndo,
  canRedo,
  actions,
  readOnly,
  transfer,
}) {
  if (readOnly) return <ReadOnlyToolbar meta={meta} deployed={deployed} transfer={transfer} />;
  return (
    <EditingToolbar
      meta={meta}
      setMeta={setMeta}
      dirty={dirty}
      busy={busy}
      deployed={deployed}
      undeployed={undeployed}
      canUndo={canUndo}
      canRedo={canRedo}
      actions={actions}
      transfer={transfer}
    />
  );
}

/** What a viewer sees: the workflow's name, method, path and deployed version, nothing to change. */
function ReadOnlyToolbar({ meta, deployed, transfer }) {
  return (
    <div className="toolbar" role="toolbar" aria-label="Workflow" data-testid="read-only-toolbar">
      <strong className="wf-name" data-testid="wf-name-text">
        {meta.name}
      </strong>
      <span className="mono">
        {meta.method} {meta.path}
      </span>
      <span className="status read-only-badge" data-testid="read-only">
        Read-only (viewer)
      </span>
      <span className="spacer" />
      {transfer}
      <span className={`status ${deployed ? 'live' : 'draft'}`} data-testid="deployed-version">
        {deployed ? `Live v${deployed}` : 'Not deployed'}
      </span>
    </div>
  );
}

function EditingToolbar({ meta, setMeta, dirty, busy, deployed, undeployed, canUndo, canRedo, actions, transfer }) {
  return (
    <div className="toolbar" role="toolbar" aria-label="Workflow">
      <input
        className="wf-name"
        value={meta.name}
        onChange={(e) => setMeta({ name: e.target.value })}
        aria-label="Workflow name"
        data-testid="wf-name"
      />
      <select
        value={meta.method}
        onChange={(e) => setMeta({ method: e.target.value })}
        aria-label="Method"
        data-testid="wf-method"
      >
        {METHODS.map((m) => (
          <option key={m}>{m}</option>
        ))}
      </select>
      <input
        className="wf-path mono"
        value={meta.path}
        onChange={(e) => setMeta({ path: e.target.value })}
        aria-label="Path"
        data-testid="wf-path"
      />
      <span className={`save-state ${dirty ? 'dirty' : 'clean'}`} data-testid="save-state">
        {dirty ? '● Unsaved changes' : 'Saved'}
      </span>
      <span className="spacer" />
      <button
        type="button"
        className="btn ghost"
        onClick={actions.undo}
        disabled={!canUndo}
        title="Undo (Ctrl/⌘ Z)"
        data-testid="undo"
      >
        ↶
      </button>
      <button
        type="button"
        className="btn ghost"
        onClick={actions.redo}
        disabled={!canRedo}
        title="Redo (Ctrl/⌘ ⇧ Z)"
        data-testid="redo"
      >
        ↷
      </button>
      <button
        type="button"
        className="btn ghost"
        onClick={actions.layout}
        title="Auto-layout (Ctrl/⌘ ⇧ L)"
        data-testid="auto-layout"
      >
        Layout
      </button>
      {transfer}
      <button
        type="button"
        className="btn"
        onClick={actions.save}
        disabled={Boolean(busy)}
        title="Save draft (Ctrl/⌘ S)"
        data-testid="save"
      >
        {busy === 'save' ? 'Saving…' : 'Save'}
      </button>
      <button type="button" className="btn" onClick={actions.test} disabled={Boolean(busy)} data-testid="open-test">
        Test
      </button>
      <button
        type="button"
        className="btn primary"
        onClick={actions.deploy}
        disabled={Boolean(busy)}
        data-testid="deploy"
      >
        {busy === 'deploy' ? 'Deploying…' : 'Deploy'}
      </button>
      <span className={`status ${deployed ? 'live' : 'draft'}`} data-testid="deployed-version">
        {deployed ? `Live v${deployed}` : 'Not deployed'}
      </span>
      {undeployed && (
        <span
          className="status undeployed"
          data-testid="undeployed-changes"
          title="The draft differs from the live version: deploy to serve it"
        >
          Undeployed changes
        </span>
      )}
    </div>
  );
}
