// What the editor says about a workflow's problems: notices after save and deploy, names of the nodes concerned.
import { errorsOnly } from './violations.js';

const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The notice after a draft save: saved always; errors are for deploy to refuse, warnings only to read. */
export function saveNotice(problems) {
  const errors = errorsOnly(problems).length;
  const warnings = (problems || []).length - errors;
  if (errors) {
    return {
      kind: 'warning',
      text: `Draft saved with ${plural(errors, 'problem')} to fix before deploy, shown on the nodes.`,
    };
  }
  return { kind: 'ok', text: warnings ? `Draft saved with ${plural(warnings, 'warning')}.` : 'Draft saved.' };
}

/** The message with each "node 'id'" it names written as the node's name ("'Check age' (condition-1)"). */
export function readableMessage(message, labelOf) {
  return String(message ?? '').replace(/node '([^']+)'/g, (whole, id) => {
    const name = labelOf(id);
    return name && name !== id ? `'${name}' (${id})` : whole;
  });
}

/**
 * "Check age (condition-1): message" for a problem of a node — its label from the answer (`nodeLabel`), else the
 * editor's name for it, the id second — and the bare message for a problem of the workflow as a whole. The
 * message's own mention of that node becomes "it".
 */
export function problemText(violation, labelOf) {
  const id = violation.nodeId;
  const name = violation.nodeLabel || (id ? labelOf(id) : null);
  const own = id ? String(violation.message ?? '').replace(`node '${id}'`, 'it') : violation.message;
  const message = readableMessage(own, labelOf);
  if (!name) return message;
  return `${name && id && name !== id ? `${name} (${id})` : name}: ${message}`;
}

/** The notice when deploy refuses the draft: how many problems, the first two by node name. */
export function deployRefusedNotice(problems, labelOf) {
  const errors = errorsOnly(problems);
  const shown = errors.slice(0, 2).map((v) => problemText(v, labelOf));
  const more = errors.length > 2 ? ` (and ${errors.length - 2} more)` : '';
  return {
    kind: 'error',
    text: `Not deployed: ${plural(errors.length, 'problem')} to fix. ${shown.join('; ')}${more}`.trim(),
  };
}
