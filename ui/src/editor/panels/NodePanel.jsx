import { useCatalog } from '../../app/nodeTypes.js';
import { START_TYPE } from '../model/document.js';
import { fieldMessages } from '../model/violations.js';
import { readableMessage } from '../model/problems.js';
import NodeForm from '../forms/NodeForm.jsx';
import PlainField from '../fields/PlainField.jsx';
import LastRun from './LastRun.jsx';
import LeakMove from './LeakMove.jsx';
import { isLeak } from '../model/leaks.js';
import HelpButton from '../help/HelpButton.jsx';

/** The side panel for one selected node: label, problems, its form, and its last run. */
export default function NodePanel({
  node,
  problems,
  trace,
  suggestions,
  secrets,
  meta,
  setMeta,
  setField,
  replace,
  onDelete,
  projectId,
  labelOf = (id) => id,
}) {
  const type = useCatalog().nodeType(node.data.kind);
  const config = node.data.config;
  const set = (field) => (value) => setField(node.id, field, value);
  const errors = (field) => fieldMessages(problems, field);
  const nodeLevel = problems.filter((p) => !p.field);
  return (
    <div className="node-panel" data-testid="node-panel" data-node-id={node.id}>
      <div className="panel-head" style={{ '--kind': type.color }} title={type.descriptor?.description}>
        <span className="dp-node-icon">{type.icon}</span>
        <div>
          <strong>{type.label}</strong>
          <div className="muted mono">{node.id}</div>
        </div>
        <HelpButton type={type} testId="node-help-toggle" />
        {node.data.kind !== START_TYPE && (
          <button type="button" className="btn ghost small" onClick={() => onDelete(node.id)} data-testid="delete-node">
            Delete
          </button>
        )}
      </div>
      {problems.length > 0 && (
        <ul className="violations" data-testid="node-violations">
          {problems.map((p, i) => (
            <li key={i} className={p.severity === 'warning' ? 'warning' : 'error'}>
              {p.detail && <code>{p.detail}</code>} {readableMessage(p.message, labelOf)}
              {isLeak(p) && projectId && (
                <LeakMove
                  projectId={projectId}
                  node={node}
                  problem={p}
                  descriptor={type.descriptor}
                  setField={setField}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      <PlainField
        label="Label"
        value={config.label}
        onChange={set('label')}
        errors={nodeLevel.length ? [] : errors('label')}
        testId="node-label"
      />
      <NodeForm
        kind={node.data.kind}
        descriptor={type.descriptor}
        config={config}
        set={set}
        replace={(c) => replace(node.id, c)}
        errors={errors}
        suggestions={suggestions}
        secrets={secrets}
        meta={meta}
        setMeta={setMeta}
      />
      <LastRun trace={trace} />
    </div>
  );
}
