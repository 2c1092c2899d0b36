import { useState } from 'react';
import { workflows } from '../../api/endpoints.js';
import { navigate } from '../../app/router.js';
import ErrorMessage from '../../components/ErrorMessage.jsx';
import SelectField from '../../components/SelectField.jsx';
import TextField from '../../components/TextField.jsx';
import { METHODS } from '../../editor/model/methods.js';
import { newWorkflow } from './newWorkflow.js';

export default function NewWorkflowForm({ project }) {
  const [name, setName] = useState('');
  const [method, setMethod] = useState('POST');
  const [path, setPath] = useState('/');
  const [error, setError] = useState(null);

  const submit = async (event) => {
    event.preventDefault();
    setError(null);
    try {
      const created = await workflows.create(project.id, newWorkflow(name, method, path));
      navigate(`/projects/${project.id}/workflows/${created.id}`);
    } catch (e) {
      setError(e);
    }
  };
  return (
    <form className="panel stack" onSubmit={submit} data-testid="new-workflow-form">
      <h2>New workflow</h2>
      <TextField label="Name" value={name} onChange={setName} testId="workflow-name" />
      <div className="row">
        <SelectField label="Method" value={method} onChange={setMethod} options={METHODS} testId="workflow-method" />
        <TextField label="Path" value={path} onChange={setPath} testId="workflow-path" hint="e.g. /users/{id}" />
      </div>
      <ErrorMessage error={error} testId="workflow-error" />
      <button type="submit" className="btn primary" data-testid="workflow-create">
        Create and open
      </button>
    </form>
  );
}
