import { useState } from 'react';
import { ROLES } from '../../app/roles.js';
import SelectField from '../../components/SelectField.jsx';
import TextField from '../../components/TextField.jsx';

/** Adds an existing user by username (emails are not looked up: that would tell which emails have accounts). */
export default function InviteMember({ onInvite }) {
  const [who, setWho] = useState('');
  const [role, setRole] = useState('editor');
  const submit = async (event) => {
    event.preventDefault();
    const name = who.trim();
    if (!name) return;
    await onInvite({ username: name }, role);
    setWho('');
  };
  return (
    <form className="row" onSubmit={submit} data-testid="invite-member-form">
      <TextField label="Username" value={who} onChange={setWho} testId="invite-who" autoComplete="off" />
      <SelectField label="Role" value={role} onChange={setRole} options={ROLES} testId="invite-role" />
      <button type="submit" className="btn primary" disabled={!who.trim()} data-testid="invite-submit">
        Invite
      </button>
    </form>
  );
}
