import { useState } from 'react';
import { templates } from '../../api/endpoints.js';
import { useLoad } from '../../app/useLoad.js';
import ErrorMessage from '../../components/ErrorMessage.jsx';
import { templateOutcome } from './templateOutcome.js';

/** The shipped templates, each created in the project in one click (drafts, schemas and, if asked, secrets). */
export default function TemplatesPanel({ project, onApplied }) {
  const { data, error } = useLoad(() => templates.list(), []);
  if (error) return <ErrorMessage error={error} testId="templates-error" />;
  if (!data || data.length === 0) return null;
  return (
    <section className="panel stack" data-testid="templates">
      <h2>Start from a template</h2>
      {data.map((t) => (
        <TemplateCard key={t.id} project={project} template={t} onApplied={onApplied} />
      ))}
    </section>
  );
}

function TemplateCard({ project, template, onApplied }) {
  const [createSecrets, setCreateSecrets] = useState(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);
  const [outcome, setOutcome] = useState(null);
  const apply = async () => {
    setBusy(true);
    setError(null);
    setOutcome(null);
    try {
      setOutcome(templateOutcome(await templates.apply(project.id, template.id, createSecrets)));
      onApplied?.();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const secretNames = template.secrets.map((s) => `${s.name} (${s.type})`).join(', ');
  return (
    <div className="stack" data-testid={`template-${template.id}`}>
      <h3>{template.name}</h3>
      <p className="muted">{template.description}</p>
      <p className="muted">{template.workflows.map((w) => `${w.method} ${w.path}`).join(' · ')}</p>
      {template.secrets.length > 0 && (
        <label className="check">
          <input
            type="checkbox"
            checked={createSecrets}
            onChange={(e) => setCreateSecrets(e.target.checked)}
            data-testid={`template-${template.id}-secrets`}
          />
          Create the secrets it needs with random values when missing: {secretNames}
        </label>
      )}
      <ErrorMessage error={error} testId={`template-${template.id}-error`} />
      {outcome && (
        <div
          className={`notice ${outcome.ready ? 'ok' : ''}`}
          role="status"
          data-testid={`template-${template.id}-done`}
        >
          {outcome.lines.map((line) => (
            <div key={line}>{line}</div>
          ))}
        </div>
      )}
      <button
        type="button"
        className="btn"
        onClick={apply}
        disabled={busy}
        data-testid={`template-${template.id}-apply`}
      >
        Create these workflows
      </button>
    </div>
  );
}
