import { workflows } from '../../api/endpoints.js';
import { useLoad } from '../../app/useLoad.js';
import ErrorMessage from '../../components/ErrorMessage.jsx';
import NewWorkflowForm from './NewWorkflowForm.jsx';
import ImportWorkflowForm from './ImportWorkflowForm.jsx';
import WorkflowRow from './WorkflowRow.jsx';
import TemplatesPanel from './TemplatesPanel.jsx';
import { canEdit } from '../../app/roles.js';

export default function WorkflowsSection({ project }) {
  const { data, error, reload } = useLoad(() => workflows.list(project.id), [project.id]);
  return (
    <section>
      <ErrorMessage error={error} />
      <table className="table" data-testid="workflow-list">
        <thead>
          <tr>
            <th>Name</th>
            <th>Method</th>
            <th>Path</th>
            <th>Status</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {(data || []).map((w) => (
            <WorkflowRow key={w.id} project={project} workflow={w} onDeleted={reload} />
          ))}
          {data && data.length === 0 && (
            <tr>
              <td colSpan={5} className="muted">
                No workflows yet.
              </td>
            </tr>
          )}
        </tbody>
      </table>
      {canEdit(project) ? (
        <>
          <div className="two-col">
            <NewWorkflowForm project={project} />
            <ImportWorkflowForm project={project} />
          </div>
          <TemplatesPanel project={project} onApplied={reload} />
        </>
      ) : (
        <p className="muted" data-testid="read-only-note">
          You are a viewer of this project: you can look at everything but change nothing.
        </p>
      )}
    </section>
  );
}
