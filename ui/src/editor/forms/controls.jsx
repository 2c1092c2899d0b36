// One component per control a schema-driven form uses: the generic ones chosen from a field's JSON Schema
// (text, number, checkbox, select, template, json) and the descriptor contract's widgets.
import CheckField from '../fields/CheckField.jsx';
import CodeField from '../fields/CodeField.jsx';
import ChoiceField from '../fields/ChoiceField.jsx';
import JsonField from '../fields/JsonField.jsx';
import PlainField from '../fields/PlainField.jsx';
import SecretField from '../fields/SecretField.jsx';
import TemplateField from '../fields/TemplateField.jsx';
import MongoOperation from './MongoOperation.jsx';
import ParametersTable from './ParametersTable.jsx';
import { typesOf } from './schemaFields.js';

const unsetWhenEmpty = (onChange) => (v) => onChange(v === '' ? undefined : v);
const asText = (value) => (value == null || typeof value === 'string' ? value : JSON.stringify(value));
const wholeNumber = (text) => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : text);

/** Text for a field that may also be a number (`["string", "integer"]`): digits are kept as a number. */
function TextControl({ field, value, onChange, errors }) {
  const numeric = typesOf(field.schema).some((t) => t === 'integer' || t === 'number');
  const change = (text) => onChange(numeric && text !== undefined ? wholeNumber(text) : text);
  return (
    <PlainField
      {...shell({ field, errors })}
      value={asText(value)}
      onChange={change}
      placeholder={placeholder(field)}
    />
  );
}

function placeholder(field) {
  const d = field.defaultValue;
  return d == null || typeof d === 'object' ? undefined : String(d);
}

/** Label, help, messages, test id and required mark: what every control shows of its field. */
function shell({ field, errors }) {
  return {
    label: field.label,
    hint: field.hint,
    errors: errors(field.name),
    testId: field.testId,
    required: field.required,
  };
}

function Select({ field, value, onChange, errors }) {
  const shown = value ?? field.defaultValue;
  const options = field.options.map((o) => [String(o), String(o)]);
  const blank = shown === undefined || !field.required ? [['', '—']] : [];
  const pick = (text) => onChange(text === undefined ? undefined : field.options.find((o) => String(o) === text));
  return (
    <ChoiceField
      {...shell({ field, errors })}
      value={shown === undefined ? '' : String(shown)}
      onChange={pick}
      options={[...blank, ...options]}
    />
  );
}

function TemplateControl({ field, value, onChange, errors, suggestions, rows = 1 }) {
  return (
    <TemplateField
      {...shell({ field, errors })}
      value={asText(value)}
      onChange={unsetWhenEmpty(onChange)}
      suggestions={suggestions}
      multiline={rows > 1}
      rows={rows}
      placeholder={placeholder(field)}
    />
  );
}

function CodeControl({ field, value, onChange, errors, suggestions, rows }) {
  return (
    <CodeField
      {...shell({ field, errors })}
      value={asText(value)}
      onChange={unsetWhenEmpty(onChange)}
      suggestions={suggestions}
      rows={rows}
    />
  );
}

function JsonControl({ field, value, onChange, errors, suggestions, rows = 5, example }) {
  return (
    <JsonField
      {...shell({ field, errors })}
      value={value}
      onChange={onChange}
      suggestions={suggestions}
      rows={rows}
      placeholder={example}
    />
  );
}

export const CONTROLS = {
  text: TextControl,
  number: ({ field, value, onChange, errors }) => (
    <PlainField
      {...shell({ field, errors })}
      type="number"
      value={value}
      onChange={onChange}
      placeholder={placeholder(field)}
    />
  ),
  checkbox: ({ field, value, onChange, errors }) => (
    <CheckField {...shell({ field, errors })} value={value ?? field.defaultValue} onChange={onChange} />
  ),
  select: Select,
  template: TemplateControl,
  json: JsonControl,
  code: (props) => <CodeControl {...props} rows={12} />,
  expression: (props) => <CodeControl {...props} rows={3} />,
  headers: (props) => <JsonControl {...props} rows={3} example='{"x-powered-by": "dotportion"}' />,
  status: ({ field, value, onChange, errors, suggestions }) => (
    <TemplateField
      {...shell({ field, errors })}
      value={value == null ? '' : String(value)}
      onChange={(text) => onChange(text === '' ? undefined : wholeNumber(text))}
      suggestions={suggestions}
      placeholder={placeholder(field)}
    />
  ),
  secret: ({ field, value, onChange, errors, secrets }) => (
    <SecretField
      {...shell({ field, errors })}
      type={field.secretType}
      types={field.secretTypes}
      value={value}
      onChange={onChange}
      secrets={secrets}
    />
  ),
  parametersTable: ({ field, value, onChange, errors }) => (
    <ParametersTable field={field} value={value} onChange={onChange} errors={errors(field.name)} />
  ),
  mongoOperation: MongoOperation,
};
