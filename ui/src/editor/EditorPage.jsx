import { ReactFlowProvider } from '@xyflow/react';
import { projects, secrets, workflows } from '../api/endpoints.js';
import { useLoad } from '../app/useLoad.js';
import ErrorMessage from '../components/ErrorMessage.jsx';
import Link from '../components/Link.jsx';
import TopBar from '../components/TopBar.jsx';
import NodeTypesGate from './NodeTypesGate.jsx';
import Workbench from './Workbench.jsx';

function loadAll(projectId, workflowId) {
  return Promise.all([
    projects.get(projectId),
    workflows.get(workflowId),
    secrets.list(projectId).catch(() => null),
  ]).then(([project, workflow, secretList]) => ({ project, workflow, secretList }));
}

export default function EditorPage({ projectId, workflowId }) {
  const { data, error } = useLoad(() => loadAll(projectId, workflowId), [projectId, workflowId]);
  return (
    <div className="editor-page">
      <TopBar>
        <Link to="/" data-testid="crumb-projects">
          Projects
        </Link>
        <span className="sep">/</span>
        <Link to={`/projects/${projectId}`} data-testid="crumb-project">
          {data?.project.name || '…'}
        </Link>
        <span className="sep">/</span>
        <span>{data?.workflow.name || '…'}</span>
      </TopBar>
      <ErrorMessage error={error} />
      {/* Until the workflow of the address has loaded (another workflow opened from this one), nothing stale. */}
      {data && data.workflow.id === workflowId && (
        <NodeTypesGate>
          <ReactFlowProvider>
            <Workbench
              key={data.workflow.id}
              project={data.project}
              workflow={data.workflow}
              secrets={data.secretList}
            />
          </ReactFlowProvider>
        </NodeTypesGate>
      )}
    </div>
  );
}
