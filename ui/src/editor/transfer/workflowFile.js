// Workflow files: the name an export is saved under, and what an imported file holds (our workflow document, or
// DotPortion's export, which the server reads too).

const isObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);

/** `create-todo.workflow.json` for "Create todo": lower case, dashes, never empty. */
export function exportFileName(name) {
  const slug = String(name || '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug || 'workflow'}.workflow.json`;
}

/**
 * A file's text read as a workflow: `{doc, summary}`, or `{problems}` (sentences, one per problem) when it is not
 * JSON or not shaped like a workflow. The server checks the rest and answers every problem with its path.
 */
export function readWorkflowFile(text) {
  let value;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { problems: [`The file is not valid JSON (${e.message}).`] };
  }
  if (!isObject(value)) return { problems: ['The file holds no workflow: a workflow is a JSON object.'] };
  const problems = [];
  if (!Array.isArray(value.nodes)) problems.push('It has no "nodes" list.');
  if (value.edges !== undefined && !Array.isArray(value.edges)) problems.push('Its "edges" is not a list.');
  if (value.dotportion === 'nodes') problems.push('It holds copied nodes, not a workflow: paste them (Ctrl/⌘ V).');
  if (problems.length) return { problems };
  const { credentialLiterals: _flagged, ...doc } = value;
  return { doc, summary: summarise(doc) };
}

function summarise(doc) {
  const nodes = doc.nodes.length;
  const edges = Array.isArray(doc.edges) ? doc.edges.length : 0;
  return {
    name: typeof doc.name === 'string' && doc.name ? doc.name : 'Unnamed workflow',
    route: [doc.method, doc.path].filter((part) => typeof part === 'string' && part).join(' '),
    counts: `${nodes} node${nodes === 1 ? '' : 's'}, ${edges} edge${edges === 1 ? '' : 's'}`,
  };
}

/** The notice after an export: a warning when the leak check flagged credential-looking literals in it. */
export function exportNotice(fileName, exported) {
  const flagged = Array.isArray(exported?.credentialLiterals) ? exported.credentialLiterals.length : 0;
  if (!flagged) return { kind: 'ok', text: `Exported ${fileName}.` };
  const what = flagged === 1 ? 'a value that looks like a credential' : `${flagged} values that look like credentials`;
  return { kind: 'warning', text: `Exported ${fileName}. It holds ${what}: move them to secrets before sharing it.` };
}

/** Saves a JSON value as a file the browser downloads. */
export function downloadJson(fileName, value) {
  const blob = new Blob([`${JSON.stringify(value, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
