import { Handle, Position } from '@xyflow/react';
import { memo } from 'react';
import { errorsOnly } from '../model/violations.js';
import { useCatalog } from '../../app/nodeTypes.js';
import { dataOf } from '../model/document.js';
import { useDecorations } from '../decorations.js';
import { formatMs } from '../model/trace.js';

function spread(count, index) {
  return `${((index + 1) * 100) / (count + 1)}%`;
}

function TraceBadge({ trace }) {
  if (!trace) return null;
  const runs = trace.entries.length > 1 ? ` · ${trace.entries.length}×` : '';
  return (
    <div className={`dp-node-trace ${trace.status}`} data-testid="node-trace">
      {trace.status === 'ok' ? '✓' : '✕'} {formatMs(trace.durationMs)}
      {runs}
    </div>
  );
}

/** Every node on the canvas: type, label, a one-line summary, its handles, problems and last run. */
function FlowNode({ id, data, selected }) {
  const { violations, trace, meta } = useDecorations();
  const catalog = useCatalog();
  const type = catalog.nodeType(data.kind);
  const problems = violations.byNode[id] || [];
  const errors = errorsOnly(problems);
  const run = trace[id];
  const outputs = catalog.outputHandles(data.kind);
  const classes = ['dp-node', `kind-${data.kind}`];
  if (selected) classes.push('selected');
  if (outputs.some((h) => h.label)) classes.push('has-branches');
  if (errors.length) classes.push('has-errors');
  else if (problems.length) classes.push('has-warnings');
  if (run) classes.push(`ran-${run.status}`);
  return (
    <div
      className={classes.join(' ')}
      style={{ '--kind': type.color }}
      data-testid={`node-${id}`}
      data-kind={data.kind}
      data-errors={errors.length}
      data-trace-status={run?.status || ''}
      title={problems.map((p) => p.message).join('\n') || undefined}
    >
      {type.input && <Handle type="target" position={Position.Top} data-testid={`handle-in-${id}`} />}
      <div className="dp-node-head">
        <span className="dp-node-icon">{type.icon}</span>
        <span className="dp-node-type">{type.label}</span>
        {problems.length > 0 && (
          <span className={`dp-node-badge ${errors.length ? 'error' : 'warning'}`} data-testid="node-problems">
            {problems.length}
          </span>
        )}
      </div>
      <div className="dp-node-label">{data.config.label || type.label}</div>
      <div className="dp-node-summary mono">{type.summary(dataOf(data.kind, data.config, meta))}</div>
      <TraceBadge trace={run} />
      {outputs.map((h, i) => (
        <Handle
          key={h.id ?? 'out'}
          type="source"
          position={Position.Bottom}
          id={h.id ?? undefined}
          className={h.id ? `handle-${h.id}` : undefined}
          style={{ left: spread(outputs.length, i) }}
          data-testid={`handle-${h.id ?? 'out'}-${id}`}
        >
          {h.label && <span className="handle-label">{h.label}</span>}
        </Handle>
      ))}
    </div>
  );
}

export default memo(FlowNode);
