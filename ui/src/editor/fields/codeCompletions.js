// What the code editor offers as you type: inside `{{` the template paths of suggestions.js; in plain code
// the script's variables (input, request, steps, loop) and the same values written as JavaScript.

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const VARIABLES = [
  { label: 'input', detail: 'output of the previous node' },
  { label: 'request', detail: 'the HTTP request' },
  { label: 'steps', detail: 'outputs of earlier nodes by id' },
  { label: 'loop', detail: 'the running loop: item, index' },
];

const member = (name) => (IDENTIFIER.test(name) ? `.${name}` : `['${name}']`);

/** A template path as the script reads it: `param-1.result.age` is `steps['param-1'].age`. */
export function scriptPath(path) {
  const [root, ...rest] = path.split('.');
  if (['input', 'request', 'loop'].includes(root)) return path;
  if (rest[0] !== 'result') return null;
  return `steps${member(root)}${rest.slice(1).map(member).join('')}`;
}

/** The completions for plain code: the variables, then each suggestion's script path. */
export function codeOptions(suggestions) {
  const seen = new Set(VARIABLES.map((v) => v.label));
  const paths = (suggestions || [])
    .map((s) => ({ label: scriptPath(s.path), detail: s.detail }))
    .filter((o) => o.label && !seen.has(o.label) && seen.add(o.label));
  return [...VARIABLES.map((v) => ({ ...v, type: 'variable' })), ...paths.map((o) => ({ ...o, type: 'property' }))];
}

/** "Expected ; but found x (line 3, column 7)": the user's line and column, or null. */
export function syntaxPosition(message) {
  const m = /\(line (\d+), column (\d+)\)\s*$/.exec(message || '');
  return m ? { line: Number(m[1]), column: Number(m[2]) } : null;
}
