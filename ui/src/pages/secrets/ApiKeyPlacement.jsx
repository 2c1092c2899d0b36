import SelectField from '../../components/SelectField.jsx';
import TextField from '../../components/TextField.jsx';

const PLACES = [
  ['header', 'a header'],
  ['query', 'a query parameter'],
];

/** Where an apiKey goes when an http node sends it: a header or a query parameter, and its name. */
export default function ApiKeyPlacement({ placement, onChange, prefix, replacing }) {
  return (
    <div className="row">
      <SelectField
        label="Sent in"
        value={placement.in}
        onChange={(value) => onChange({ ...placement, in: value })}
        options={PLACES}
        testId={`${prefix}-apikey-in`}
      />
      <TextField
        label={placement.in === 'query' ? 'Query parameter name' : 'Header name'}
        value={placement.name}
        onChange={(value) => onChange({ ...placement, name: value })}
        testId={`${prefix}-apikey-name`}
        hint={
          replacing ? 'Empty: keep the current placement' : placement.in === 'query' ? 'like api_key' : 'like X-Api-Key'
        }
      />
    </div>
  );
}
