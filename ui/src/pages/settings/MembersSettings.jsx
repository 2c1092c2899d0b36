import { useState } from 'react';
import { members } from '../../api/endpoints.js';
import { useLoad } from '../../app/useLoad.js';
import { canAdminister } from '../../app/roles.js';
import ErrorMessage from '../../components/ErrorMessage.jsx';
import InviteMember from './InviteMember.jsx';
import MemberRow from './MemberRow.jsx';

/** Who may see and change the project; owners invite, change roles and remove; anyone may leave.
 * A role change reloads the project too: the caller may have changed their own role. */
export default function MembersSettings({ project, me, onLeft, onChanged }) {
  const { data, error, reload } = useLoad(() => members.list(project.id), [project.id]);
  const [actionError, setActionError] = useState(null);
  const owner = canAdminister(project);
  const act = async (call, after = reload) => {
    setActionError(null);
    try {
      await call();
      after();
    } catch (e) {
      setActionError(e);
    }
  };
  return (
    <section className="panel stack" data-testid="settings-members">
      <h2>Members</h2>
      <ErrorMessage error={error || actionError} testId="members-error" />
      <table className="table" data-testid="member-list">
        <thead>
          <tr>
            <th>User</th>
            <th>Role</th>
            <th>Added</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {(data || []).map((m) => (
            <MemberRow
              key={m.userId}
              member={m}
              self={me && m.username === me.username}
              owner={owner}
              onRole={(role) =>
                act(
                  () => members.setRole(project.id, m.userId, role),
                  () => (reload(), onChanged()),
                )
              }
              onRemove={(leaving) => act(() => members.remove(project.id, m.userId), leaving ? onLeft : reload)}
            />
          ))}
        </tbody>
      </table>
      {owner && <InviteMember onInvite={(who, role) => act(() => members.invite(project.id, who, role))} />}
    </section>
  );
}
