import { useState } from 'react';
import { workflows } from '../../api/endpoints.js';
import ErrorMessage from '../../components/ErrorMessage.jsx';
import Link from '../../components/Link.jsx';
import MethodBadge from '../../components/MethodBadge.jsx';
import { canEdit } from '../../app/roles.js';

export default function WorkflowRow({ project, workflow, onDeleted }) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState(null);
  const remove = async () => {
    try {
      await workflows.remove(workflow.id);
      onDeleted();
    } catch (e) {
      setError(e);
    }
  };
  const deployed = workflow.deployedVersion != null;
  return (
    <tr data-testid={`workflow-row-${workflow.name}`}>
      <td>
        <Link to={`/projects/${project.id}/workflows/${workflow.id}`} data-testid="open-workflow">
          {workflow.name}
        </Link>
        <ErrorMessage error={error} />
      </td>
      <td>
        <MethodBadge method={workflow.method} />
      </td>
      <td className="mono">{workflow.path}</td>
      <td>
        <span className={`status ${deployed ? 'live' : 'draft'}`} data-testid="workflow-status">
          {deployed ? `Live v${workflow.deployedVersion}` : 'Draft'}
        </span>
      </td>
      <td className="actions">
        {!canEdit(project) ? null : confirming ? (
          <>
            <button type="button" className="btn danger small" onClick={remove} data-testid="confirm-delete-workflow">
              Delete for good
            </button>
            <button type="button" className="btn ghost small" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </>
        ) : (
          <button
            type="button"
            className="btn ghost small"
            onClick={() => setConfirming(true)}
            data-testid="delete-workflow"
          >
            Delete
          </button>
        )}
      </td>
    </tr>
  );
}
