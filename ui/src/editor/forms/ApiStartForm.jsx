import CheckField from '../fields/CheckField.jsx';
import ChoiceField from '../fields/ChoiceField.jsx';
import PlainField from '../fields/PlainField.jsx';
import { METHODS } from '../model/methods.js';
import { LOG_MODES, withLogMode, withLogRate } from './logSetting.js';
import { withMasking } from './maskingSetting.js';
import NamesField from './NamesField.jsx';

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
      <ChoiceField
        label="Execution log"
        value={meta.log?.mode || ''}
        onChange={(mode) => setMeta({ log: withLogMode(meta.log, mode) })}
        options={LOG_MODES}
        hint="What the log keeps of successful deployed runs. Failures and test runs always keep their full trace."
        testId="start-log-mode"
      />
      {meta.log?.mode === 'sample' && (
        <PlainField
          label="Share kept in full"
          type="number"
          value={meta.log.rate}
          onChange={(rate) => setMeta({ log: withLogRate(meta.log, rate) })}
          hint="Between 0 and 1, e.g. 0.01 for one run in a hundred; the others are kept as summaries"
          testId="start-log-rate"
        />
      )}
      <CheckField
        label="Mask credential-like fields in traces"
        value={meta.masking?.names !== false}
        onChange={(on) => setMeta({ masking: withMasking(meta.masking, 'names', on) })}
        errors={errors('masking.names')}
        hint="Request fields named like password, token or apiKey show as [masked:name] in stored and test-run traces. Parameters marked sensitive are always masked."
        testId="start-masking-names"
      />
      <NamesField
        label="Also mask these names"
        names={meta.masking?.extraNames}
        onChange={(names) => setMeta({ masking: withMasking(meta.masking, 'extraNames', names) })}
        errors={errors('masking.extraNames')}
        hint="Comma-separated, e.g. ssn, cardNumber"
        testId="start-masking-extra"
      />
      <NamesField
        label="Never mask these names"
        names={meta.masking?.exceptNames}
        onChange={(names) => setMeta({ masking: withMasking(meta.masking, 'exceptNames', names) })}
        errors={errors('masking.exceptNames')}
        hint="Comma-separated names that only look like credentials, e.g. token"
        testId="start-masking-except"
      />
    </>
  );
}
