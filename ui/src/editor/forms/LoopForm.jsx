import PlainField from '../fields/PlainField.jsx';
import TemplateField from '../fields/TemplateField.jsx';

export default function LoopForm({ config, set, errors, suggestions }) {
  return (
    <>
      <TemplateField
        label="Items"
        value={config.items}
        onChange={set('items')}
        errors={errors('items')}
        suggestions={suggestions}
        hint="A template resolving to an array; empty means the input. The 'each' branch returns to this node."
        testId="loop-items"
      />
      <PlainField
        label="Max iterations"
        type="number"
        value={config.maxIterations}
        onChange={set('maxIterations')}
        errors={errors('maxIterations')}
        hint="Optional; never above the platform's limit"
        testId="loop-max"
      />
    </>
  );
}
