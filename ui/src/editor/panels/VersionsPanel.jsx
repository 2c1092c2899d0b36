import { useEffect, useState } from 'react';
import { workflows } from '../../api/endpoints.js';
import ErrorMessage from '../../components/ErrorMessage.jsx';
import { useCatalog } from '../../app/nodeTypes.js';
import VersionPreview from './VersionPreview.jsx';
import { nodeNamer, versionChanges } from './versionChanges.js';

/** How many of the newest versions get a diff summary (each needs its document and its predecessor's). */
export const DIFFED_VERSIONS = 20;

/** The documents of the newest versions and of the one before the oldest of them, by version number. */
async function loadDocuments(workflowId, newestFirst) {
  const wanted = newestFirst.slice(0, DIFFED_VERSIONS + 1);
  const documents = await Promise.all(wanted.map((v) => workflows.version(workflowId, v.version)));
  return new Map(documents.map((d) => [d.version, d]));
}

/** Deployed versions, newest first, with what changed from the one before (nodes, edges, route) and a rollback button. */
export default function VersionsPanel({ workflowId, refreshKey, onRollback, busy, readOnly }) {
  const [versions, setVersions] = useState(null);
  const [documents, setDocuments] = useState(null);
  const [error, setError] = useState(null);
  const [preview, setPreview] = useState(null);
  const catalog = useCatalog();
  const typeLabel = (type) => catalog.nodeType(type).label;
  useEffect(() => {
    let current = true;
    workflows
      .versions(workflowId)
      .then((list) => {
        const sorted = [...list].sort((a, b) => b.version - a.version);
        if (!current) return null;
        setVersions(sorted);
        return loadDocuments(workflowId, sorted).then((docs) => current && setDocuments(docs));
      })
      .catch((e) => current && setError(e));
    return () => {
      current = false;
    };
  }, [workflowId, refreshKey]);
  const changes = (v, i) => {
    if (i >= DIFFED_VERSIONS) return null;
    const previous = versions[i + 1];
    const before = previous && documents?.get(previous.version);
    if (!documents?.has(v.version) || (previous && !before)) return 'comparing…';
    const after = documents.get(v.version);
    return versionChanges(after, before, nodeNamer([after, before], typeLabel));
  };
  if (error) return <ErrorMessage error={error} />;
  if (!versions) return <p className="muted">Loading versions…</p>;
  if (!versions.length)
    return (
      <p className="muted" data-testid="no-versions">
        Not deployed yet. Deploy makes the draft version 1.
      </p>
    );
  return (
    <>
      <p className="muted">Rolling back serves an earlier version at once; the draft in the editor stays as it is.</p>
      <ol className="versions" data-testid="versions">
        {versions.map((v, i) => (
          <li key={v.version} className={v.deployed ? 'live' : ''} data-testid={`version-${v.version}`}>
            <div className="row spread">
              <strong>v{v.version}</strong>
              {v.deployed ? (
                <span className="status live" data-testid="version-live">
                  live
                </span>
              ) : readOnly ? null : (
                <button
                  type="button"
                  className="btn small"
                  disabled={busy}
                  onClick={() => onRollback(v.version)}
                  data-testid={`rollback-${v.version}`}
                >
                  Roll back to v{v.version}
                </button>
              )}
            </div>
            <div className="mono">
              {v.method} {v.path}
            </div>
            <button
              type="button"
              className="linkish"
              onClick={() => setPreview(preview === v.version ? null : v.version)}
              aria-expanded={preview === v.version}
              data-testid={`preview-${v.version}`}
            >
              {preview === v.version ? 'Hide' : 'Preview'}
            </button>
            {preview === v.version && <VersionPreview workflowId={workflowId} version={v.version} />}
            <div className="muted">{new Date(v.createdAt).toLocaleString()}</div>
            {changes(v, i) && (
              <div
                className="muted"
                data-testid={`version-changes-${v.version}`}
                data-loaded={documents?.has(v.version) ? 'true' : 'false'}
              >
                {changes(v, i)}
              </div>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}
