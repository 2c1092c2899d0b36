import { projects } from '../api/endpoints.js';
import { useLoad } from '../app/useLoad.js';
import ErrorMessage from '../components/ErrorMessage.jsx';
import Link from '../components/Link.jsx';
import TopBar from '../components/TopBar.jsx';
import NewProjectForm from './NewProjectForm.jsx';

export default function ProjectsPage() {
  const { data, error } = useLoad(() => projects.list(), []);
  return (
    <>
      <TopBar>
        <span>Projects</span>
      </TopBar>
      <main className="page">
        <div className="page-head">
          <h1>Projects</h1>
        </div>
        <ErrorMessage error={error} />
        <div className="cards" data-testid="project-list">
          {(data || []).map((p) => (
            <Link key={p.id} to={`/projects/${p.id}`} className="card" data-testid={`project-${p.slug}`}>
              <strong>{p.name}</strong>
              <span className="muted mono">
                /api/{p.owner}/{p.slug}
              </span>
            </Link>
          ))}
          {data && data.length === 0 && <p className="muted">No projects yet: create your first one.</p>}
        </div>
        <NewProjectForm />
      </main>
    </>
  );
}
