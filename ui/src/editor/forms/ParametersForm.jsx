import FieldShell from '../fields/FieldShell.jsx';
import ParameterRow from './ParameterRow.jsx';
import { SOURCES, addParameter, addSource, removeParameter, removeSource, renameParameter, setFrom, setSpec } from './parameterEdits.js';

export default function ParametersForm({ config, set, errors }) {
  const sources = config.sources || [];
  const update = set('sources');
  return (
    <FieldShell label="Sources" errors={errors('sources')} testId="sources" hint="Every failing field is reported at once as a 400.">
      {sources.map((source, i) => (
        <div className="source" key={i} data-testid={`source-${i}`}>
          <div className="source-head">
            <span>from</span>
            <select value={source.from} onChange={(e) => update(setFrom(sources, i, e.target.value))} data-testid={`source-${i}-from`} aria-label="Read from">
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
              key={`${j}-${name}`}
              name={name}
              spec={spec || {}}
              testId={`param-${i}-${j}`}
              onRename={(next) => update(renameParameter(sources, i, name, next))}
              onSet={(key, value) => update(setSpec(sources, i, name, key, value))}
              onRemove={() => update(removeParameter(sources, i, name))}
            />
          ))}
          <button type="button" className="btn small" onClick={() => update(addParameter(sources, i))} data-testid={`add-parameter-${i}`}>
            + Parameter
          </button>
        </div>
      ))}
      <button type="button" className="btn ghost small" onClick={() => update(addSource(sources))} data-testid="add-source">
        + Source
      </button>
    </FieldShell>
  );
}
