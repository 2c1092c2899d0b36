import { useState } from 'react';
import { ROLES } from '../../app/roles.js';

/** One member: owners change the role or remove; the caller's own row offers to leave. */
export default function MemberRow({ member, self, owner, onRole, onRemove }) {
  const [confirming, setConfirming] = useState(false);
  const label = self ? 'Leave' : 'Remove';
  return (
    <tr data-testid={`member-row-${member.username}`}>
      <td>
        {member.username}
        {self && <span className="muted"> (you)</span>}
      </td>
      <td>
        {owner ? (
          <select
            value={member.role}
            onChange={(e) => onRole(e.target.value)}
            aria-label={`Role of ${member.username}`}
            data-testid="member-role"
          >
            {ROLES.map((r) => (
              <option key={r}>{r}</option>
            ))}
          </select>
        ) : (
          <span data-testid="member-role-text">{member.role}</span>
        )}
      </td>
      <td className="muted">{member.addedAt ? new Date(member.addedAt).toLocaleDateString() : ''}</td>
      <td className="actions">
        {(owner || self) &&
          (confirming ? (
            <>
              <button
                type="button"
                className="btn danger small"
                onClick={() => onRemove(self)}
                data-testid="confirm-remove-member"
              >
                {label} for good
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
              data-testid={self ? 'leave-project' : 'remove-member'}
            >
              {label}
            </button>
          ))}
      </td>
    </tr>
  );
}
