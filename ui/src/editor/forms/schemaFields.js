// The fields of a node's form, read from its descriptor: their order (`ui.order`, then the other schema
// properties), label (`title`), help (`description`), whether each is required, and the control that edits it:
// a widget named in `ui.widgets`, else one chosen from the field's JSON Schema.
import { acceptedTypes } from '../fields/secretTypes.js';
import { DEPENDENT_FIELDS } from './mongoOperations.js';

/** The closed set of widget names of the descriptor contract. */
export const WIDGETS = [
  'code',
  'expression',
  'parametersTable',
  'json',
  'template',
  'secret',
  'mongoOperation',
  'headers',
  'status',
];

/** Fields a widget edits itself (shown or not by its own logic), so the form does not list them again. */
const OWNED_BY_WIDGET = { mongoOperation: DEPENDENT_FIELDS };

/** The one test id browser tests knew before forms came from descriptors; every other is `<type>-<field>`. */
const KEPT_TEST_IDS = { 'condition.condition': 'condition-expression' };

/** Edited outside the node's own form (the panel's Label field). */
const NOT_IN_FORM = new Set(['label']);

/** The JSON types a field's schema allows (from `type`, or the branches of `anyOf`/`oneOf`); [] when any. */
export function typesOf(schema) {
  if (!schema) return [];
  if (Array.isArray(schema.type)) return schema.type;
  if (typeof schema.type === 'string') return [schema.type];
  const branches = schema.anyOf || schema.oneOf;
  return Array.isArray(branches) ? [...new Set(branches.flatMap(typesOf))] : [];
}

function fromSchema(schema, template) {
  if (Array.isArray(schema?.enum)) return 'select';
  const types = typesOf(schema).filter((t) => t !== 'null');
  if (types.length === 0 || types.includes('object') || types.includes('array')) return 'json';
  if (types.includes('string')) return template ? 'template' : 'text';
  if (types.every((t) => t === 'integer' || t === 'number')) return 'number';
  if (types.length === 1 && types[0] === 'boolean') return 'checkbox';
  return 'json';
}

/** The control for one field: its widget when it names one of the contract's, else from its schema. */
export function controlOf(descriptor, name) {
  const widget = descriptor.ui?.widgets?.[name];
  if (WIDGETS.includes(widget)) return widget;
  if ((descriptor.secretFields || []).some((s) => s.field === name)) return 'secret';
  const schema = descriptor.configSchema?.properties?.[name];
  return fromSchema(schema, (descriptor.templateFields || []).includes(name));
}

export function humanize(name) {
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function help(text) {
  if (!text) return undefined;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function fieldNames(descriptor) {
  const properties = Object.keys(descriptor.configSchema?.properties || {});
  const order = (descriptor.ui?.order || []).filter((n) => properties.includes(n));
  return [...new Set([...order, ...properties])].filter((n) => !NOT_IN_FORM.has(n));
}

function owners(descriptor, names) {
  const owned = new Map();
  for (const name of names) {
    for (const field of OWNED_BY_WIDGET[controlOf(descriptor, name)] || []) owned.set(field, name);
  }
  return owned;
}

/**
 * Every field of a descriptor's form, in order: {name, label, hint, required, control, schema, options,
 * defaultValue, secretType, secretTypes, testId, ownedBy}. `ownedBy` names the field whose widget edits this one.
 */
export function formFields(descriptor) {
  const properties = descriptor.configSchema?.properties || {};
  const required = new Set(descriptor.configSchema?.required || []);
  const names = fieldNames(descriptor);
  const owned = owners(descriptor, names);
  return names.map((name) => {
    const schema = properties[name] || {};
    return {
      name,
      label: schema.title || humanize(name),
      hint: help(schema.description),
      required: required.has(name),
      control: controlOf(descriptor, name),
      schema,
      options: Array.isArray(schema.enum) ? schema.enum : null,
      defaultValue: schema.default,
      secretType: (descriptor.secretFields || []).find((s) => s.field === name)?.secretType,
      secretTypes: acceptedTypes(descriptor, name),
      testId: KEPT_TEST_IDS[`${descriptor.id}.${name}`] || `${descriptor.id}-${name}`,
      ownedBy: owned.get(name) || null,
    };
  });
}
