import { useState } from 'react';
import { projects } from '../api/endpoints.js';
import { navigate } from '../app/router.js';
import ErrorMessage from '../components/ErrorMessage.jsx';
import TextField from '../components/TextField.jsx';
import { slugify } from './slug.js';

export default function NewProjectForm() {
  const [name, setName] = useState('');
  const [slug, setSlug] = useState('');
  const [slugEdited, setSlugEdited] = useState(false);
  const [error, setError] = useState(null);

  const changeName = (value) => {
    setName(value);
    if (!slugEdited) setSlug(slugify(value));
  };
  const submit = async (event) => {
    event.preventDefault();
    setError(null);
    try {
      const created = await projects.create(name, slug);
      navigate(`/projects/${created.id}`);
    } catch (e) {
      setError(e);
    }
  };

  return (
    <form className="panel inline-form" onSubmit={submit} data-testid="new-project-form">
      <h2>New project</h2>
      <div className="row">
        <TextField label="Name" value={name} onChange={changeName} testId="project-name" />
        <TextField
          label="Slug"
          value={slug}
          onChange={(v) => {
            setSlugEdited(true);
            setSlug(v);
          }}
          testId="project-slug"
        />
        <button type="submit" className="btn primary" data-testid="project-create">
          Create project
        </button>
      </div>
      <ErrorMessage error={error} testId="project-error" />
    </form>
  );
}
