import ChoiceField from '../fields/ChoiceField.jsx';
import JsonField from '../fields/JsonField.jsx';
import PlainField from '../fields/PlainField.jsx';
import SecretField from '../fields/SecretField.jsx';
import { ALGORITHMS } from './jwtOptions.js';

export default function JwtGenerateForm({ config, set, errors, suggestions, secrets }) {
  return (
    <>
      <SecretField type="jwt" value={config.secret} onChange={set('secret')} secrets={secrets} errors={errors('secret')} />
      <JsonField
        label="Payload"
        value={config.payload}
        onChange={set('payload')}
        errors={errors('payload')}
        suggestions={suggestions}
        rows={4}
        placeholder='{"sub": "{{input.id}}"}'
        testId="jwt-payload"
      />
      <PlainField label="Expires in" value={config.expiresIn} onChange={set('expiresIn')} errors={errors('expiresIn')} hint="30s, 10m, 1h, 7d" testId="jwt-expires" />
      <PlainField label="Issuer" value={config.issuer} onChange={set('issuer')} errors={errors('issuer')} testId="jwt-issuer" />
      <PlainField label="Audience" value={config.audience} onChange={set('audience')} errors={errors('audience')} testId="jwt-audience" />
      <ChoiceField label="Algorithm" value={config.algorithm || 'HS256'} onChange={set('algorithm')} options={ALGORITHMS} errors={errors('algorithm')} testId="jwt-algorithm" />
    </>
  );
}
