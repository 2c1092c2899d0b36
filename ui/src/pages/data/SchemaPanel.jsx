import { useState } from 'react';
import { data } from '../../api/endpoints.js';
import { useLoad } from '../../app/useLoad.js';
import ErrorMessage from '../../components/ErrorMessage.jsx';
import ViolationList from '../../components/ViolationList.jsx';
import { parseSchema, schemaDraft } from './dataQuery.js';

const violationsOf = (error) =>
  (error?.violations || []).map((v) => ({ path: v.path || v.field, message: v.message || v.reason }));

/** The collection's schema (docs/OPERATIONS.md, "Managed data"): shown, and set or removed when writable. */
export default function SchemaPanel({ project, name, hasSchema, writable, onChanged }) {
  // the collection list says whether there is a schema: only then is it asked for (no 404 to show)
  const loaded = useLoad(
    () => (hasSchema ? data.schema(project.id, name) : Promise.resolve({ schema: null })),
    [project.id, name, hasSchema],
  );
  const [text, setText] = useState(null);
  const [error, setError] = useState(null);
  const schema = loaded.data?.schema;
  const run = async (call) => {
    try {
      await call();
      setError(null);
      setText(null);
      loaded.reload();
      onChanged();
    } catch (e) {
      setError(e);
    }
  };
  const save = () => {
    const parsed = parseSchema(text);
    if (parsed.error) setError(parsed.error);
    else run(() => data.putSchema(project.id, name, parsed.schema));
  };
  return (
    <div className="stack data-schema" data-testid="schema-panel">
      <h4>Schema</h4>
      <ErrorMessage error={loaded.error} testId="schema-load-error" />
      {text === null ? (
        <>
          {loaded.data && (
            <pre className="json-view" data-testid="schema-json">
              {schema ? JSON.stringify(schema, null, 2) : 'No schema: any document is accepted.'}
            </pre>
          )}
          {writable && loaded.data && (
            <div className="row">
              <button
                type="button"
                className="btn ghost small"
                onClick={() => setText(schemaDraft(schema))}
                data-testid="schema-edit"
              >
                {schema ? 'Edit schema' : 'Add schema'}
              </button>
              {schema && (
                <button
                  type="button"
                  className="btn ghost small"
                  onClick={() => run(() => data.removeSchema(project.id, name))}
                  data-testid="schema-remove"
                >
                  Remove schema
                </button>
              )}
            </div>
          )}
        </>
      ) : (
        <>
          <p className="muted" id="schema-hint" data-testid="schema-hint">
            Standard JSON Schema (draft 2020-12): type, required, properties, enum, pattern, format, items and more;
            list unique fields in <code>x-unique</code>.
          </p>
          <textarea
            className="mono"
            aria-label={`JSON Schema of ${name}`}
            aria-describedby={error ? 'schema-hint schema-error-text' : 'schema-hint'}
            aria-invalid={error ? 'true' : undefined}
            rows={10}
            value={text}
            onChange={(e) => setText(e.target.value)}
            data-testid="schema-text"
          />
          <div className="row">
            <button type="button" className="btn small" onClick={save} data-testid="schema-save">
              Save schema
            </button>
            <button
              type="button"
              className="btn ghost small"
              onClick={() => {
                setText(null);
                setError(null);
              }}
            >
              Cancel
            </button>
          </div>
        </>
      )}
      <div id="schema-error-text">
        <ErrorMessage error={error} testId="schema-error" />
      </div>
      <ViolationList violations={violationsOf(error)} testId="schema-violations" />
    </div>
  );
}
