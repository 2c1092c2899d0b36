import { projects } from '../api/endpoints.js';
import { useLoad } from '../app/useLoad.js';
import ErrorMessage from '../components/ErrorMessage.jsx';
import Link from '../components/Link.jsx';
import TopBar from '../components/TopBar.jsx';
import ProjectTabs from './ProjectTabs.jsx';
import WorkflowsSection from './workflows/WorkflowsSection.jsx';
import SecretsSection from './secrets/SecretsSection.jsx';
import ExecutionsSection from './executions/ExecutionsSection.jsx';
import ExecutionDetail from './executions/ExecutionDetail.jsx';
import SettingsSection from './settings/SettingsSection.jsx';
import StatsSection from './stats/StatsSection.jsx';
import ApiDocsSection from './apidocs/ApiDocsSection.jsx';
import DataSection from './data/DataSection.jsx';

function Section({ section, project, executionId, onProjectChanged }) {
  switch (section) {
    case 'secrets':
      return <SecretsSection project={project} />;
    case 'executions':
      return executionId ? (
        <ExecutionDetail project={project} executionId={executionId} />
      ) : (
        <ExecutionsSection project={project} />
      );
    case 'data':
      return <DataSection project={project} />;
    case 'stats':
      return <StatsSection project={project} />;
    case 'api':
      return <ApiDocsSection project={project} />;
    case 'settings':
      return <SettingsSection project={project} onChanged={onProjectChanged} />;
    default:
      return <WorkflowsSection project={project} />;
  }
}

export default function ProjectPage({ projectId, section, executionId }) {
  const { data: project, error, reload } = useLoad(() => projects.get(projectId), [projectId]);
  return (
    <>
      <TopBar>
        <Link to="/">Projects</Link>
        <span className="sep">/</span>
        <span data-testid="project-title">{project?.name || '…'}</span>
      </TopBar>
      <main className="page">
        <ErrorMessage error={error} />
        {project && (
          <>
            <ProjectTabs project={project} section={section} />
            <Section section={section} project={project} executionId={executionId} onProjectChanged={reload} />
          </>
        )}
      </main>
    </>
  );
}
