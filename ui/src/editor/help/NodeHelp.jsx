import { helpOf, shownDefault } from './nodeHelp.js';

/** A node type's help from its descriptor: what it does and outputs, its handles, fields and errors. */
export default function NodeHelp({ type, headingId }) {
  const help = helpOf(type);
  return (
    <div className="node-help" data-testid={`node-help-${type.type}`}>
      <h4 id={headingId}>{help.label}</h4>
      {help.summary && <p className="node-help-summary">{help.summary}</p>}
      {help.description && <p>{help.description}</p>}
      {help.output && (
        <section>
          <h5>Output</h5>
          <p data-testid="node-help-output">{help.output}</p>
        </section>
      )}
      {help.handles.length > 0 && (
        <section>
          <h5>Handles</h5>
          <dl className="node-help-list">
            {help.handles.map((h) => (
              <div key={h.name}>
                <dt className="mono">{h.name}</dt>
                <dd>{h.meaning}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}
      {help.fields.length > 0 && (
        <section>
          <h5>Fields</h5>
          <dl className="node-help-list" data-testid="node-help-fields">
            {help.fields.map((f) => (
              <div key={f.name}>
                <dt>
                  {f.title} <span className="mono muted">{f.name}</span>
                  {f.required && <span className="node-help-required"> required</span>}
                </dt>
                <dd>
                  {f.meaning && <span>{f.meaning}. </span>}
                  <span className="muted">
                    {f.type}
                    {shownDefault(f.defaultValue) && <>; default {shownDefault(f.defaultValue)}</>}
                  </span>
                </dd>
              </div>
            ))}
          </dl>
        </section>
      )}
      {help.errors.length > 0 && (
        <section>
          <h5>Errors</h5>
          <dl className="node-help-list" data-testid="node-help-errors">
            {help.errors.map((e) => (
              <div key={e.code}>
                <dt className="mono">
                  {e.code} · {e.status}
                </dt>
                <dd>{e.meaning}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}
      {!help.known && <p className="muted">This server does not describe this node type.</p>}
    </div>
  );
}
