import TemplateField from '../fields/TemplateField.jsx';

export default function ConditionForm({ config, set, errors, suggestions }) {
  return (
    <TemplateField
      label="Condition"
      value={config.condition}
      onChange={set('condition')}
      errors={errors('condition')}
      suggestions={suggestions}
      multiline
      rows={3}
      hint="A JavaScript true/false expression, e.g. {{input.age}} >= 18. Follows the true or false edge."
      testId="condition-expression"
    />
  );
}
