import { useState } from 'react';
import { workflows } from '../../api/endpoints.js';
import { navigate } from '../../app/router.js';
import ErrorMessage from '../../components/ErrorMessage.jsx';
import ViolationList from '../../components/ViolationList.jsx';

export default function ImportWorkflowForm({ project }) {
  const [text, setText] = useState('');
  const [error, setError] = useState(null);

  const readFile = async (event) => {
    const file = event.target.files?.[0];
    if (file) setText(await file.text());
  };
  const submit = async (event) => {
    event.preventDefault();
    setError(null);
    let doc;
    try {
      doc = JSON.parse(text);
    } catch {
      setError(new Error('This is not valid JSON.'));
      return;
    }
    try {
      const created = await workflows.importDoc(project.id, doc);
      navigate(`/projects/${project.id}/workflows/${created.id}`);
    } catch (e) {
      setError(e);
    }
  };
  return (
    <form className="panel stack" onSubmit={submit} data-testid="import-workflow-form">
      <h2>Import</h2>
      <p className="muted">Paste a workflow exported from DotPortion (or this platform), or pick its file.</p>
      <input type="file" accept="application/json,.json" onChange={readFile} aria-label="Workflow file" />
      <textarea
        className="code"
        rows={6}
        value={text}
        onChange={(event) => setText(event.target.value)}
        placeholder='{"name": "…", "method": "POST", "path": "/…", "nodes": […], "edges": […]}'
        data-testid="import-json"
        aria-label="Workflow JSON"
      />
      <ErrorMessage error={error} testId="import-error" />
      {error?.violations?.length > 0 && <ViolationList violations={error.violations} />}
      <button type="submit" className="btn" data-testid="import-submit">
        Import
      </button>
    </form>
  );
}
