import { useEffect, useState } from 'react';
import { workflows } from '../../api/endpoints.js';
import { useCatalog } from '../../app/nodeTypes.js';
import ErrorMessage from '../../components/ErrorMessage.jsx';
import JsonView from './JsonView.jsx';

/** A read-only look at one deployed version: its route, each node (name, type, settings) and each edge. */
export default function VersionPreview({ workflowId, version }) {
  const catalog = useCatalog();
  const [doc, setDoc] = useState(null);
  const [error, setError] = useState(null);
  useEffect(() => {
    let current = true;
    workflows.version(workflowId, version).then(
      (d) => current && setDoc(d),
      (e) => current && setError(e),
    );
    return () => {
      current = false;
    };
  }, [workflowId, version]);
  if (error) return <ErrorMessage error={error} />;
  if (!doc) return <p className="muted">Loading v{version}…</p>;
  const nameOf = (id) => {
    const node = doc.nodes.find((n) => n.id === id);
    return node ? node.data?.label || catalog.nodeType(node.type).label : id;
  };
  return (
    <div
      className="version-preview"
      data-testid={`version-preview-${version}`}
      aria-label={`Version ${version}, read-only`}
    >
      <p className="muted">
        Read-only: v{version} as deployed. {doc.name} · {doc.method} {doc.path}
      </p>
      <ol>
        {doc.nodes.map((n) => (
          <li key={n.id} data-testid={`preview-node-${n.id}`}>
            <details>
              <summary>
                {nameOf(n.id)} <span className="muted mono">{n.id}</span>
              </summary>
              <JsonView value={n.data} />
            </details>
          </li>
        ))}
      </ol>
      <ul className="muted">
        {doc.edges.map((e) => (
          <li key={e.id}>
            {nameOf(e.source)} → {nameOf(e.target)}
            {e.sourceHandle && e.sourceHandle !== 'default' ? ` (${e.sourceHandle})` : ''}
          </li>
        ))}
      </ul>
    </div>
  );
}
