import { useState } from 'react';
import MethodBadge from '../../components/MethodBadge.jsx';
import { bodySchema, curlFor } from './curl.js';
import SchemaFields from './SchemaFields.jsx';

function Parameters({ parameters }) {
  if (!parameters?.length) return null;
  return (
    <>
      <h4>Parameters</h4>
      <table className="table compact" data-testid="endpoint-parameters">
        <tbody>
          {parameters.map((p) => (
            <tr key={`${p.in}:${p.name}`}>
              <td className="mono">{p.name}</td>
              <td className="muted">{p.in}</td>
              <td className="mono">{p.schema?.type || ''}</td>
              <td>{p.required ? 'required' : 'optional'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** One operation: method, path, parameters, body fields, security, responses and a copyable curl. */
export default function Endpoint({ baseUrl, path, method, operation }) {
  const [copied, setCopied] = useState(false);
  const curl = curlFor(baseUrl, path, method, operation);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(curl);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  const schema = bodySchema(operation);
  const slug = `${method}-${path}`;
  return (
    <article className="panel stack endpoint" data-testid={`endpoint-${slug}`}>
      <header className="row">
        <MethodBadge method={method.toUpperCase()} />
        <code className="endpoint-path" data-testid="endpoint-path">
          {path}
        </code>
        <span className="muted">{operation.summary}</span>
        {operation.security?.length > 0 && (
          <span className="status draft" data-testid="endpoint-security">
            Bearer token
          </span>
        )}
      </header>
      <Parameters parameters={operation.parameters} />
      {schema && (
        <>
          <h4>Request body{operation.requestBody?.required ? '' : ' (optional)'}</h4>
          <SchemaFields schema={schema} />
        </>
      )}
      <h4>Responses</h4>
      <ul className="responses" data-testid="endpoint-responses">
        {Object.entries(operation.responses || {}).map(([status, r]) => (
          <li key={status}>
            <span className="mono">{status}</span> <span className="muted">{r.description}</span>
          </li>
        ))}
      </ul>
      <div className="curl-row">
        <pre className="curl mono" data-testid="endpoint-curl">
          {curl}
        </pre>
        <button type="button" className="btn ghost small" onClick={copy} data-testid="copy-curl">
          {copied ? 'Copied' : 'Copy'}
        </button>
      </div>
    </article>
  );
}
