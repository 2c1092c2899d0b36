import ChoiceField from '../fields/ChoiceField.jsx';
import PlainField from '../fields/PlainField.jsx';
import { METHODS } from '../model/methods.js';

/** Method and path are the workflow's own: the same values as in the toolbar, edited in either place. */
export default function ApiStartForm({ meta, setMeta, errors }) {
  return (
    <>
      <ChoiceField
        label="Method"
        value={meta.method}
        onChange={(method) => setMeta({ method })}
        options={METHODS}
        errors={errors('method')}
        testId="start-method"
      />
      <PlainField
        label="Path"
        value={meta.path}
        onChange={(path) => setMeta({ path: path ?? '' })}
        errors={errors('path')}
        hint="Use {name} for path parameters, e.g. /users/{id}"
        testId="start-path"
      />
    </>
  );
}
