import { useState } from 'react';
import { projects } from '../../api/endpoints.js';
import { navigate } from '../../app/router.js';
import ErrorMessage from '../../components/ErrorMessage.jsx';
import TextField from '../../components/TextField.jsx';

export default function DeleteProject({ project }) {
  const [typed, setTyped] = useState('');
  const [error, setError] = useState(null);
  const remove = async (event) => {
    event.preventDefault();
    try {
      await projects.remove(project.id);
      navigate('/');
    } catch (e) {
      setError(e);
    }
  };
  return (
    <form className="panel stack danger-zone" onSubmit={remove} data-testid="settings-delete">
      <h2>Delete project</h2>
      <p className="muted">
        Deletes every workflow, secret and stored run of this project, drops its managed database with every collection,
        and stops every endpoint. This cannot be undone. Type its slug to confirm.
      </p>
      <TextField label="Slug" value={typed} onChange={setTyped} testId="delete-project-slug" />
      <ErrorMessage error={error} />
      <button type="submit" className="btn danger" disabled={typed !== project.slug} data-testid="delete-project">
        Delete {project.name}
      </button>
    </form>
  );
}
