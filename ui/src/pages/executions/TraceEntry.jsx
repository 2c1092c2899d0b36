import { formatMs } from '../../editor/model/trace.js';
import { useState } from 'react';
import { useCatalog } from '../../app/nodeTypes.js';
import JsonView from '../../editor/panels/JsonView.jsx';

/** One node's pass in a stored trace, named by the node's label (its id second); input, output and error open on click. */
export default function TraceEntry({ entry, label }) {
  const [open, setOpen] = useState(false);
  const type = useCatalog().nodeType(entry.type);
  return (
    <li className={entry.status}>
      <button type="button" className="linkish" onClick={() => setOpen(!open)} aria-expanded={open}>
        <span className="dp-node-icon" style={{ '--kind': type.color }}>
          {type.icon}
        </span>{' '}
        {label || type.label}{' '}
        <span className="muted">
          <span className="mono">{entry.nodeId}</span> · {entry.type} · {entry.status}
          {entry.port && entry.port !== 'default' ? ` → ${entry.port}` : ''} · {formatMs(entry.durationMs)}
        </span>
      </button>
      {open && (
        <div className="trace-io">
          <h4>Input</h4>
          <JsonView value={entry.input} />
          <h4>Output</h4>
          <JsonView value={entry.output} />
          {entry.error && (
            <>
              <h4>Error</h4>
              <JsonView value={entry.error} />
            </>
          )}
        </div>
      )}
    </li>
  );
}
