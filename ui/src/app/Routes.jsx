import { match } from './router.js';
import LoginPage from '../pages/LoginPage.jsx';
import SignupPage from '../pages/SignupPage.jsx';
import ProjectsPage from '../pages/ProjectsPage.jsx';
import ProjectPage from '../pages/ProjectPage.jsx';
import EditorPage from '../editor/EditorPage.jsx';
import NotFoundPage from '../pages/NotFoundPage.jsx';
import AccountPage from '../pages/account/AccountPage.jsx';

const SECTIONS = ['workflows', 'secrets', 'executions', 'data', 'stats', 'api', 'settings'];

export default function Routes({ path, signedIn }) {
  if (!signedIn) return path === '/signup' ? <SignupPage /> : <LoginPage />;
  if (path === '/' || path === '/projects') return <ProjectsPage />;
  if (path === '/account') return <AccountPage />;
  const editor = match('/projects/:pid/workflows/:wid', path);
  if (editor) return <EditorPage projectId={editor.pid} workflowId={editor.wid} />;
  const execution = match('/projects/:pid/executions/:eid', path);
  if (execution) return <ProjectPage projectId={execution.pid} section="executions" executionId={execution.eid} />;
  const project = match('/projects/:pid', path);
  if (project) return <ProjectPage projectId={project.pid} section="workflows" />;
  const section = match('/projects/:pid/:section', path);
  if (section && SECTIONS.includes(section.section)) {
    return <ProjectPage projectId={section.pid} section={section.section} />;
  }
  return <NotFoundPage />;
}
