import { useState } from 'react';
import { tokens } from '../../api/endpoints.js';
import ErrorMessage from '../../components/ErrorMessage.jsx';

const when = (text) => (text ? new Date(text).toLocaleString() : 'never');

export default function TokenRow({ token, onRevoked }) {
  const [error, setError] = useState(null);
  const revoke = async () => {
    try {
      await tokens.revoke(token.id);
      onRevoked();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <tr data-testid={`token-row-${token.name}`}>
      <td>{token.name}</td>
      <td>{token.scope}</td>
      <td className="muted">{when(token.createdAt)}</td>
      <td className="muted">{when(token.expiresAt)}</td>
      <td className="actions">
        <button type="button" className="btn ghost small" onClick={revoke} data-testid="revoke-token">
          Revoke
        </button>
        <ErrorMessage error={error} />
      </td>
    </tr>
  );
}
