import FieldShell from '../fields/FieldShell.jsx';
import ParameterRow from './ParameterRow.jsx';
import {
  SOURCES,
  addParameter,
  addSource,
  removeParameter,
  removeSource,
  renameParameter,
  setFrom,
  setSpec,
} from './parameterEdits.js';

/** The `parametersTable` widget: sources of the request, each with its declared parameters. */
export default function ParametersTable({ field, value, onChange, errors }) {
  const sources = Array.isArray(value) ? value : [];
  const update = onChange;
  return (
    <FieldShell
      group
      label={field.label}
      errors={errors}
      testId={field.testId}
      required={field.required}
      hint={field.hint}
    >
      {sources.map((source, i) => (
        <div className="source" key={i} data-testid={`source-${i}`}>
          <div className="source-head">
            <span>from</span>
            <select
              value={source.from}
              onChange={(e) => update(setFrom(sources, i, e.target.value))}
              data-testid={`source-${i}-from`}
              aria-label="Read from"
            >
              {SOURCES.map((s) => (
                <option key={s}>{s}</option>
              ))}
            </select>
            <button type="button" className="btn ghost small" onClick={() => update(removeSource(sources, i))}>
              Remove source
            </button>
          </div>
          {Object.entries(source.parameters || {}).map(([name, spec], j) => (
            <ParameterRow
              key={j}
              name={name}
              spec={spec || {}}
              testId={`param-${i}-${j}`}
              onRename={(next) => update(renameParameter(sources, i, name, next))}
              onSet={(key, v) => update(setSpec(sources, i, name, key, v))}
              onRemove={() => update(removeParameter(sources, i, name))}
            />
          ))}
          <button
            type="button"
            className="btn small"
            onClick={() => update(addParameter(sources, i))}
            data-testid={`add-parameter-${i}`}
          >
            + Parameter
          </button>
        </div>
      ))}
      <button
        type="button"
        className="btn ghost small"
        onClick={() => update(addSource(sources))}
        data-testid="add-source"
      >
        + Source
      </button>
    </FieldShell>
  );
}
