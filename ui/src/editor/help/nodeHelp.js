// A node type's help, read from its descriptor (GET /v1/node-types): what it does, what it outputs, its handles,
// its fields and the errors it can fail with. Nothing here knows a node type by name.
import { formFields, typesOf } from '../forms/schemaFields.js';

const ERROR_HANDLE_MEANING = 'when the node fails: the next node gets {code, message} as its input';

/** What the true and false handles mean to a node of a role (the graph's roles, never type ids). */
const BRANCH_MEANINGS = {
  branch: { true: 'followed when the expression holds', false: 'followed when it does not' },
  loop: { true: 'runs once per item; the body returns to the loop', false: 'followed after the last item' },
};

function sentence(text) {
  const trimmed = String(text || '').trim();
  if (!trimmed) return '';
  const first = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?)]$/.test(first) ? first : `${first}.`;
}

function handles(d) {
  const ports = d.ports || {};
  const out = [];
  out.push({
    name: 'in',
    meaning: ports.input === false ? 'none: the run starts here' : 'the previous node’s output is this node’s input',
  });
  const outputs = Array.isArray(ports.outputs) ? ports.outputs : [];
  if (outputs.length === 0) out.push({ name: 'out', meaning: 'none: the run ends here' });
  for (const port of outputs) {
    const name = port.label || (port.id === 'default' ? 'out' : port.id);
    const shown = port.label && port.label !== port.id ? `${name} (${port.id})` : name;
    const meaning =
      outputs.length === 1 ? 'the output goes on to the next node' : BRANCH_MEANINGS[d.role]?.[port.id] || 'an output';
    out.push({ name: shown, meaning });
  }
  if (ports.error) out.push({ name: 'error', meaning: ERROR_HANDLE_MEANING });
  return out;
}

function typeText(field, templates) {
  const types = typesOf(field.schema).filter((t) => t !== 'null');
  let text = types.length ? types.join(' or ') : 'any';
  if (field.options) text = `one of ${field.options.map((o) => String(o)).join(', ')}`;
  if (templates.includes(field.name)) text += ', {{ }} templates allowed';
  if (field.secretTypes?.length) text = `name of a ${field.secretTypes.join(' or ')} secret`;
  return text;
}

/**
 * The help for one catalog entry: {label, summary, description, output, handles: [{name, meaning}], fields:
 * [{name, title, meaning, type, required, defaultValue}], errors: [{code, status, meaning}], known}. An unknown type
 * (no descriptor) answers only its label and summary.
 */
export function helpOf(type) {
  const d = type.descriptor;
  if (!d) return { known: false, label: type.label, summary: type.description, handles: [], fields: [], errors: [] };
  const templates = d.templateFields || [];
  const defaults = d.defaults || {};
  return {
    known: true,
    label: type.label,
    summary: sentence(d.summary),
    description: d.description || '',
    output: d.output || '',
    handles: handles(d),
    fields: formFields(d).map((f) => ({
      name: f.name,
      title: f.label,
      meaning: f.hint || '',
      type: typeText(f, templates),
      required: f.required,
      defaultValue: f.defaultValue !== undefined ? f.defaultValue : defaults[f.name],
    })),
    errors: (d.errors || []).map((e) => ({ code: e.code, status: e.status, meaning: e.meaning || '' })),
  };
}

/** A default value as it reads in the help: JSON, short; nothing for an empty string or an absent value. */
export function shownDefault(value) {
  if (value === undefined || value === null || value === '') return '';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
