import { useState } from 'react';
import { data } from '../../api/endpoints.js';
import { useLoad } from '../../app/useLoad.js';
import ErrorMessage from '../../components/ErrorMessage.jsx';
import DocumentRow from './DocumentRow.jsx';
import DocumentEditor from './DocumentEditor.jsx';
import SchemaPanel from './SchemaPanel.jsx';
import { documentsQuery, pageInfo, parseFilter, skipAfterDelete, sortParam } from './dataQuery.js';

/** One collection: filter, sort and page through its documents; insert, edit and delete when writable. */
export default function CollectionView({ project, source, name, hasSchema, writable, onChanged }) {
  const [filterText, setFilterText] = useState('');
  const [sortField, setSortField] = useState('');
  const [descending, setDescending] = useState(false);
  const [query, setQuery] = useState({ filter: {}, sort: '', skip: 0 });
  const [filterError, setFilterError] = useState(null);
  const [inserting, setInserting] = useState(false);
  const page = useLoad(
    () => data.documents(project.id, source, name, documentsQuery(query)),
    [project.id, source, name, query],
  );
  const apply = (event) => {
    event.preventDefault();
    const parsed = parseFilter(filterText);
    setFilterError(parsed.error || null);
    if (!parsed.error) setQuery({ filter: parsed.filter, sort: sortParam(sortField, descending), skip: 0 });
  };
  const changed = (skip = query.skip) => {
    setQuery((q) => ({ ...q, skip }));
    page.reload();
    onChanged();
  };
  const info = page.data ? pageInfo(page.data) : null;
  return (
    <div className="panel stack" data-testid="collection-view">
      <h3 className="mono">{name}</h3>
      <form className="stack" onSubmit={apply}>
        <label className={`field${filterError ? ' has-error' : ''}`}>
          <span className="field-label">Filter (JSON)</span>
          <input
            className="mono"
            value={filterText}
            placeholder='{"email": "ada@example.com"}'
            onChange={(e) => setFilterText(e.target.value)}
            aria-invalid={Boolean(filterError)}
            aria-describedby={filterError ? 'data-filter-error' : undefined}
            data-testid="data-filter"
          />
          {filterError && (
            <span className="field-error" id="data-filter-error" data-testid="data-filter-error">
              {filterError}
            </span>
          )}
        </label>
        <div className="row">
          <label className="field">
            <span className="field-label">Sort by field</span>
            <input
              value={sortField}
              placeholder="_id"
              onChange={(e) => setSortField(e.target.value)}
              data-testid="data-sort"
            />
          </label>
          <label className="check">
            <input type="checkbox" checked={descending} onChange={(e) => setDescending(e.target.checked)} />
            Descending
          </label>
          <button type="submit" className="btn" data-testid="data-apply">
            Apply
          </button>
        </div>
      </form>
      <ErrorMessage error={page.error} testId="documents-error" />
      {info && (
        <div className="row data-pager">
          <span className="muted" data-testid="data-page-label">
            {info.label}
          </span>
          <span className="spacer" />
          <button
            type="button"
            className="btn ghost small"
            disabled={!info.hasPrevious}
            onClick={() => setQuery((q) => ({ ...q, skip: info.previousSkip }))}
            data-testid="data-previous"
          >
            Previous
          </button>
          <button
            type="button"
            className="btn ghost small"
            disabled={!info.hasNext}
            onClick={() => setQuery((q) => ({ ...q, skip: info.nextSkip }))}
            data-testid="data-next"
          >
            Next
          </button>
        </div>
      )}
      {writable && !inserting && (
        <button type="button" className="btn small" onClick={() => setInserting(true)} data-testid="data-insert">
          Insert document
        </button>
      )}
      {inserting && (
        <DocumentEditor
          initial={'{\n  \n}'}
          label="New document"
          save={(doc) => data.insert(project.id, source, name, doc)}
          onSaved={() => {
            setInserting(false);
            changed();
          }}
          onCancel={() => setInserting(false)}
        />
      )}
      <ul className="stack data-documents" data-testid="document-list">
        {(page.data?.documents || []).map((doc) => (
          <DocumentRow
            key={String(doc._id)}
            document={doc}
            writable={writable}
            save={(changes) => data.replace(project.id, source, name, doc._id, changes)}
            remove={() => data.remove(project.id, source, name, doc._id)}
            onSaved={() => changed()}
            onDeleted={() => changed(skipAfterDelete(page.data))}
          />
        ))}
      </ul>
      {!source && (
        <SchemaPanel project={project} name={name} hasSchema={hasSchema} writable={writable} onChanged={onChanged} />
      )}
    </div>
  );
}
