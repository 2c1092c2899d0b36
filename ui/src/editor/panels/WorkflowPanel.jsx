import { apiUrl } from './apiUrl.js';
import ViolationList from '../../components/ViolationList.jsx';

const SHORTCUTS = [
  ['Ctrl/⌘ S', 'save the draft'],
  ['Ctrl/⌘ Z, Ctrl/⌘ ⇧ Z', 'undo, redo'],
  ['Ctrl/⌘ C, V, D', 'copy, paste, duplicate'],
  ['Delete', 'remove the selection'],
  ['Ctrl/⌘ Enter', 'test run'],
  ['Ctrl/⌘ ⇧ L', 'auto-layout'],
];

/** Shown when no single node is selected: the endpoint, problems not tied to a node, shortcuts. */
export default function WorkflowPanel({ project, meta, general, labelOf }) {
  return (
    <div className="workflow-panel">
      <h3>Endpoint</h3>
      <p className="mono endpoint" data-testid="endpoint-url">
        {meta.method} {apiUrl(project, meta.path)}
      </p>
      {general.length > 0 && (
        <>
          <h3>Problems</h3>
          <ViolationList violations={general} testId="general-violations" labelOf={labelOf} />
        </>
      )}
      <h3>Build</h3>
      <p className="muted">
        Pick a node to edit it. Add nodes from the palette: a click adds one after the selected node, or drag one onto
        the canvas. Connect nodes by dragging from a handle at the bottom of one node to the top of another.
      </p>
      <h3>Shortcuts</h3>
      <dl className="shortcuts">
        {SHORTCUTS.map(([keys, what]) => (
          <div key={keys}>
            <dt>{keys}</dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
