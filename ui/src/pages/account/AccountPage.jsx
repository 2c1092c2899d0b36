import { tokens } from '../../api/endpoints.js';
import { useLoad } from '../../app/useLoad.js';
import { useSession } from '../../app/session.js';
import ErrorMessage from '../../components/ErrorMessage.jsx';
import Link from '../../components/Link.jsx';
import TopBar from '../../components/TopBar.jsx';
import NewTokenForm from './NewTokenForm.jsx';
import TokenRow from './TokenRow.jsx';

/** The signed-in user and their personal API tokens (for scripts and the CLI). */
export default function AccountPage() {
  const { user } = useSession();
  const { data, error, reload } = useLoad(() => tokens.list(), []);
  const personal = (data || []).filter((t) => t.kind !== 'session');
  return (
    <>
      <TopBar>
        <Link to="/">Projects</Link>
        <span className="sep">/</span>
        <span>Account</span>
      </TopBar>
      <main className="page">
        <h1>{user.username}</h1>
        <p className="muted">{user.email}</p>
        <h2>API tokens</h2>
        <p className="muted">
          Scripts call the API with `Authorization: Bearer &lt;token&gt;`. A read token may only read. Every route, its
          access, bodies, answers and error codes:{' '}
          <a href="/v1/openapi.json" target="_blank" rel="noreferrer" data-testid="management-api-link">
            Management API (OpenAPI)
          </a>
          .
        </p>
        <ErrorMessage error={error} />
        <table className="table" data-testid="token-list">
          <thead>
            <tr>
              <th>Name</th>
              <th>Scope</th>
              <th>Created</th>
              <th>Expires</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {personal.map((t) => (
              <TokenRow key={t.id} token={t} onRevoked={reload} />
            ))}
            {data && personal.length === 0 && (
              <tr>
                <td colSpan={5} className="muted">
                  No API tokens.
                </td>
              </tr>
            )}
          </tbody>
        </table>
        <NewTokenForm onCreated={reload} />
      </main>
    </>
  );
}
