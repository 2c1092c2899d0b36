import TemplateField from '../fields/TemplateField.jsx';

export default function LogicForm({ config, set, errors, suggestions }) {
  return (
    <TemplateField
      label="Code"
      value={config.code}
      onChange={set('code')}
      errors={errors('code')}
      suggestions={suggestions}
      multiline
      rows={12}
      hint="The body of a function: sees input, request, steps (outputs by node id) and returns the output."
      testId="logic-code"
    />
  );
}
