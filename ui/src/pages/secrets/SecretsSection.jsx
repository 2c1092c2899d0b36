import { environments as environmentsApi, secrets } from '../../api/endpoints.js';
import { useLoad } from '../../app/useLoad.js';
import ErrorMessage from '../../components/ErrorMessage.jsx';
import SecretForm from './SecretForm.jsx';
import SecretRow from './SecretRow.jsx';
import EnvironmentsPanel from './EnvironmentsPanel.jsx';
import { canEdit } from '../../app/roles.js';
import { environmentNames } from './environments.js';

/**
 * Secrets are write-only: names, types, versions, which environments hold a value (and a staged version) and
 * users are listed, values never.
 */
export default function SecretsSection({ project }) {
  const { data, error, reload } = useLoad(() => secrets.list(project.id), [project.id]);
  const envs = useLoad(() => environmentsApi.list(project.id).catch(() => null), [project.id]);
  const environments = environmentNames(envs.data);
  if (error?.status === 404) {
    return (
      <p className="panel muted" data-testid="secrets-unavailable">
        Secrets are not available on this server yet.
      </p>
    );
  }
  return (
    <section>
      <ErrorMessage error={error} />
      <table className="table" data-testid="secret-list">
        <thead>
          <tr>
            <th>Name</th>
            <th>Type</th>
            <th>Version</th>
            <th>Values</th>
            <th>Updated</th>
            <th>Used by</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {(data || []).map((s) => (
            <SecretRow key={s.name} project={project} secret={s} onChanged={reload} environments={environments} />
          ))}
          {data && data.length === 0 && (
            <tr>
              <td colSpan={7} className="muted">
                No secrets yet. Nodes reference secrets by name; values stay encrypted on the server.
              </td>
            </tr>
          )}
        </tbody>
      </table>
      {envs.data && (
        <EnvironmentsPanel
          project={project}
          environments={envs.data}
          editable={canEdit(project)}
          onChanged={() => {
            envs.reload();
            reload();
          }}
        />
      )}
      {canEdit(project) ? (
        <SecretForm project={project} onSaved={reload} environments={environments} />
      ) : (
        <p className="muted" data-testid="secrets-read-only">
          Viewers see secret names only; editors and owners manage them.
        </p>
      )}
    </section>
  );
}
