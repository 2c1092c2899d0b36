import { useEffect, useState } from 'react';
import { workflows } from '../../api/endpoints.js';
import ErrorMessage from '../../components/ErrorMessage.jsx';
import { versionChanges } from './versionChanges.js';

/** Deployed versions, newest first, with what changed from the one before and a rollback button. */
export default function VersionsPanel({ workflowId, refreshKey, onRollback, busy, readOnly }) {
  const [versions, setVersions] = useState(null);
  const [error, setError] = useState(null);
  useEffect(() => {
    workflows.versions(workflowId).then(
      (list) => setVersions([...list].sort((a, b) => b.version - a.version)),
      setError,
    );
  }, [workflowId, refreshKey]);
  if (error) return <ErrorMessage error={error} />;
  if (!versions) return <p className="muted">Loading versions…</p>;
  if (!versions.length) return <p className="muted" data-testid="no-versions">Not deployed yet. Deploy makes the draft version 1.</p>;
  return (
    <>
    <p className="muted">Rolling back serves an earlier version at once; the draft in the editor stays as it is.</p>
    <ol className="versions" data-testid="versions">
      {versions.map((v, i) => (
        <li key={v.version} className={v.deployed ? 'live' : ''} data-testid={`version-${v.version}`}>
          <div className="row spread">
            <strong>v{v.version}</strong>
            {v.deployed ? (
              <span className="status live" data-testid="version-live">live</span>
            ) : readOnly ? null : (
              <button type="button" className="btn small" disabled={busy} onClick={() => onRollback(v.version)} data-testid={`rollback-${v.version}`}>
                Roll back to v{v.version}
              </button>
            )}
          </div>
          <div className="mono">{v.method} {v.path}</div>
          <div className="muted">
            {new Date(v.createdAt).toLocaleString()} · {versionChanges(v, versions[i + 1])}
          </div>
        </li>
      ))}
    </ol>
    </>
  );
}
