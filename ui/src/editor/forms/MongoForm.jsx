import ChoiceField from '../fields/ChoiceField.jsx';
import JsonField from '../fields/JsonField.jsx';
import PlainField from '../fields/PlainField.jsx';
import SecretField from '../fields/SecretField.jsx';
import { FIELD_HELP, OPERATIONS } from './mongoOperations.js';

/** The database (managed) and mongodb (external, through a secret) nodes share one form. */
export default function MongoForm({ kind, config, set, errors, suggestions, secrets }) {
  const fields = OPERATIONS[config.operation] || [];
  const filterKey = config.filter === undefined && config.query !== undefined ? 'query' : 'filter';
  return (
    <>
      {kind === 'mongodb' && (
        <>
          <SecretField type="mongodb" value={config.secret} onChange={set('secret')} secrets={secrets} errors={errors('secret')} />
          <PlainField label="Database" value={config.database} onChange={set('database')} errors={errors('database')} hint="Empty: the one named in the URL" testId="mongo-database" />
        </>
      )}
      <PlainField label="Collection" value={config.collection} onChange={set('collection')} errors={errors('collection')} testId="mongo-collection" />
      <ChoiceField
        label="Operation"
        value={config.operation}
        onChange={set('operation')}
        options={Object.keys(OPERATIONS)}
        errors={errors('operation')}
        testId="mongo-operation"
      />
      {fields.map((field) => {
        const key = field === 'filter' ? filterKey : field;
        const [label, hint] = FIELD_HELP[field];
        return (
          <JsonField
            key={field}
            label={label}
            hint={hint}
            value={config[key]}
            onChange={set(key)}
            errors={errors(key)}
            suggestions={suggestions}
            testId={`mongo-${field}`}
          />
        );
      })}
    </>
  );
}
