/**
 * What applying a template did, as sentences for the workflows page: the drafts made, the secrets created or
 * still to set, and what to do next. `answer` is the body of POST /v1/projects/{id}/templates/{templateId}.
 */
export function templateOutcome(answer) {
  const lines = [];
  const flows = answer.workflows || [];
  const routes = flows.map((w) => `${w.method} ${w.path}`).join(', ');
  lines.push(`Created ${flows.length} draft workflow${flows.length === 1 ? '' : 's'}${routes ? `: ${routes}` : ''}.`);
  const secrets = answer.secrets || [];
  const created = secrets.filter((s) => s.status === 'created');
  const missing = secrets.filter((s) => s.status === 'missing');
  if (created.length > 0) {
    lines.push(`Created ${names(created)} with a random value.`);
  }
  if (missing.length > 0) {
    lines.push(`Set ${names(missing)} on the Secrets tab before deploying.`);
  }
  const kept = (answer.collections || []).filter((c) => c.schema === 'kept');
  if (kept.length > 0) {
    lines.push(`Kept the existing schema of ${kept.map((c) => c.name).join(', ')}.`);
  }
  lines.push(answer.ready ? 'Deploy each workflow to serve it.' : 'Then deploy each workflow to serve it.');
  return { ready: Boolean(answer.ready), lines };
}

function names(secrets) {
  const list = secrets.map((s) => `the ${s.type} secret "${s.name}"`);
  return list.length <= 1 ? list.join('') : `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
}
