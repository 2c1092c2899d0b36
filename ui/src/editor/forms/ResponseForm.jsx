import JsonField from '../fields/JsonField.jsx';
import TemplateField from '../fields/TemplateField.jsx';

function statusValue(text) {
  return /^\d+$/.test(text.trim()) ? Number(text.trim()) : text;
}

export default function ResponseForm({ config, set, errors, suggestions }) {
  return (
    <>
      <TemplateField
        label="Status"
        value={config.status == null ? '' : String(config.status)}
        onChange={(text) => set('status')(text === '' ? undefined : statusValue(text))}
        errors={errors('status')}
        suggestions={suggestions}
        hint="200–599, or a template"
        testId="response-status"
      />
      <JsonField
        label="Body"
        value={config.body}
        onChange={set('body')}
        errors={errors('body')}
        suggestions={suggestions}
        rows={6}
        placeholder="Empty: the previous node's output"
        hint="JSON; strings may hold {{ templates }}"
        testId="response-body"
      />
      <JsonField
        label="Headers"
        value={config.headers}
        onChange={set('headers')}
        errors={errors('headers')}
        suggestions={suggestions}
        rows={3}
        placeholder='{"x-powered-by": "dotportion"}'
        hint="Cookies, CORS and security headers are set by the platform and refused here"
        testId="response-headers"
      />
    </>
  );
}
