import { useState } from 'react';
import { data, secrets } from '../../api/endpoints.js';
import { useLoad } from '../../app/useLoad.js';
import { canEdit } from '../../app/roles.js';
import ErrorMessage from '../../components/ErrorMessage.jsx';
import CollectionView from './CollectionView.jsx';
import './data.css';

function ReadRefused() {
  return (
    <p className="panel muted" data-testid="data-refused">
      Your role cannot read this project&apos;s data: the managed database holds what endpoint callers sent, so editors
      and owners see it.
    </p>
  );
}

/** The managed database's collections, or (read-only) those of a mongodb secret's database; one opened. */
export default function DataSection({ project }) {
  const [source, setSource] = useState('');
  const [open, setOpen] = useState(null);
  const [round, setRound] = useState(0);
  const collections = useLoad(() => data.collections(project.id, source), [project.id, source, round]);
  const mongo = useLoad(() => (canEdit(project) ? secrets.list(project.id) : Promise.resolve([])), [project.id]);
  const mongoSecrets = (mongo.data || []).filter((s) => s.type === 'mongodb');
  if (collections.error?.status === 403) return <ReadRefused />;
  const choose = (value) => {
    setSource(value);
    setOpen(null);
  };
  return (
    <section className="stack" data-testid="data-section">
      <div className="row">
        <label className="field">
          <span className="field-label">Database</span>
          <select value={source} onChange={(e) => choose(e.target.value)} data-testid="data-source">
            <option value="">Managed database</option>
            {mongoSecrets.map((s) => (
              <option key={s.name} value={s.name}>
                {`Secret ${s.name} (mongodb, read-only)`}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ErrorMessage error={collections.error} testId="data-error" />
      <div className="data-layout">
        <table className="table" data-testid="collection-list">
          <thead>
            <tr>
              <th>Collection</th>
              <th>Documents</th>
              {!source && <th>Schema</th>}
            </tr>
          </thead>
          <tbody>
            {(collections.data || []).map((c) => (
              <tr key={c.name} className={open === c.name ? 'active' : ''} data-testid={`collection-${c.name}`}>
                <td>
                  <button type="button" className="linkish mono" onClick={() => setOpen(c.name)}>
                    {c.name}
                  </button>
                </td>
                <td data-testid="collection-count">{c.count}</td>
                {!source && <td className="muted">{c.schema ? 'yes' : ''}</td>}
              </tr>
            ))}
            {collections.data && collections.data.length === 0 && (
              <tr>
                <td colSpan={3} className="muted">
                  No collections yet. A database node&apos;s first insert creates one.
                </td>
              </tr>
            )}
          </tbody>
        </table>
        {open && (
          <CollectionView
            key={`${source}/${open}`}
            project={project}
            source={source || null}
            name={open}
            hasSchema={Boolean(collections.data?.find((c) => c.name === open)?.schema)}
            writable={!source && canEdit(project)}
            onChanged={() => setRound((r) => r + 1)}
          />
        )}
      </div>
    </section>
  );
}
