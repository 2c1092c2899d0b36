// The leak check's warnings (CREDENTIAL_LITERAL, docs/SECRETS.md#leak-check) and what "move to a secret" can
// do with one: a literal in a field the node type declares as a secret field (descriptor `secretFields`) can
// become a secret of that field's type, the field then naming it; anywhere else the node cannot reference a
// secret, and the author has to restructure.

export const LEAK_CODE = 'CREDENTIAL_LITERAL';

const NAME_CHARS = /[^a-z0-9_-]+/g;

export function isLeak(problem) {
  return problem?.code === LEAK_CODE;
}

/** The leak warnings among a node's problems. */
export function leaksOf(problems) {
  return (problems || []).filter(isLeak);
}

/**
 * Where a leak found at `problem` can go: `{field, secretType, value}` when the whole field is a secret field
 * of the node type holding a string, else null.
 */
export function moveTarget(problem, descriptor, config) {
  if (!isLeak(problem) || !problem.field || problem.detail !== problem.field) return null;
  const declared = (descriptor?.secretFields || []).find((f) => f.field === problem.field);
  const value = config?.[problem.field];
  if (!declared || typeof value !== 'string' || value === '') return null;
  return { field: declared.field, secretType: declared.secretType, value };
}

/** Why a leak cannot be moved by the editor, for the panel. */
export function cannotMove(problem, descriptor) {
  const fields = (descriptor?.secretFields || []).map((f) => `'${f.field}'`);
  const where = problem.detail ? `'${problem.detail}'` : 'this place';
  if (!fields.length) {
    return `This node cannot reference a secret at ${where}: remove the literal, keep the credential in a secret, and use a node that names it.`;
  }
  return `This node references secrets only through ${fields.join(', ')}, not at ${where}: remove the literal and name a secret there.`;
}

/** A secret name (`[a-z0-9_-]{1,64}`) suggested for a literal moved out of `field` of node `nodeId`. */
export function suggestedName(nodeId, field) {
  const name = `${nodeId}_${field}`
    .toLowerCase()
    .replace(NAME_CHARS, '_')
    .replace(/^_+|_+$/g, '');
  return (name || 'secret').slice(0, 64);
}
