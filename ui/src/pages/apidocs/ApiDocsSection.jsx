import { apiDocs } from '../../api/endpoints.js';
import { useLoad } from '../../app/useLoad.js';
import ErrorMessage from '../../components/ErrorMessage.jsx';
import Endpoint from './Endpoint.jsx';

const METHODS = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options'];

function operations(doc) {
  return Object.entries(doc?.paths || {}).flatMap(([path, item]) =>
    METHODS.filter((m) => item[m]).map((method) => ({ path, method, operation: item[method] })),
  );
}

/** The project's OpenAPI document (deployed versions only), one card per endpoint with a curl line. */
export default function ApiDocsSection({ project }) {
  const { data, error } = useLoad(() => apiDocs.openapi(project.id), [project.id]);
  const serverPath = data?.servers?.[0]?.url || `/api/${project.owner}/${project.slug}`;
  const baseUrl = `${window.location.origin}${serverPath}`;
  const list = operations(data);
  return (
    <section className="api-docs" data-testid="api-docs">
      <ErrorMessage error={error} />
      {data && (
        <div className="row">
          <span className="muted">
            Base URL <code data-testid="api-base-url">{baseUrl}</code>
          </span>
          <a
            className="btn ghost small"
            href={`/v1/projects/${project.id}/openapi.json`}
            target="_blank"
            rel="noreferrer"
            data-testid="openapi-link"
          >
            openapi.json
          </a>
        </div>
      )}
      {data && list.length === 0 && (
        <p className="panel muted" data-testid="api-docs-empty">
          Nothing is deployed yet: deploy a workflow and its endpoint shows up here.
        </p>
      )}
      {list.map(({ path, method, operation }) => (
        <Endpoint key={`${method} ${path}`} baseUrl={baseUrl} path={path} method={method} operation={operation} />
      ))}
    </section>
  );
}
