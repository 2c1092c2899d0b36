import { useState } from 'react';
import { projects } from '../../api/endpoints.js';
import ErrorMessage from '../../components/ErrorMessage.jsx';
import { endRedirect, redirectRows } from './slugRedirects.js';

/** The project's old slugs that still redirect to its current one, each with an "End now" button. */
export default function SlugRedirects({ project, onChanged, api = projects }) {
  const [error, setError] = useState(null);
  const rows = redirectRows(project);
  if (rows.length === 0) return null;
  const end = async (slug) => {
    setError(null);
    try {
      await endRedirect(api, project, slug, onChanged);
    } catch (e) {
      setError(e);
    }
  };
  return (
    <div className="stack" data-testid="slug-redirects">
      <h3>Old slugs still redirecting</h3>
      <p className="muted">
        Requests to these URLs answer with a redirect (308) to the same path under the current slug. While one
        redirects, no other project of yours can use its slug.
      </p>
      <table className="table compact">
        <thead>
          <tr>
            <th>Old URL</th>
            <th>Redirects until</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.slug} data-testid={`slug-redirect-${r.slug}`}>
              <td>
                <code>{r.prefix}…</code>
              </td>
              <td>{new Date(r.until).toLocaleString()}</td>
              <td className="actions">
                <button
                  type="button"
                  className="btn ghost small"
                  onClick={() => end(r.slug)}
                  data-testid={`end-slug-redirect-${r.slug}`}
                >
                  End now
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ErrorMessage error={error} testId="slug-redirects-error" />
    </div>
  );
}
