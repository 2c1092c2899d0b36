import ChoiceField from '../fields/ChoiceField.jsx';
import PlainField from '../fields/PlainField.jsx';
import SecretField from '../fields/SecretField.jsx';
import TemplateField from '../fields/TemplateField.jsx';
import { ALGORITHMS } from './jwtOptions.js';

export default function JwtVerifyForm({ config, set, errors, suggestions, secrets }) {
  return (
    <>
      <SecretField type="jwt" value={config.secret} onChange={set('secret')} secrets={secrets} errors={errors('secret')} />
      <TemplateField
        label="Token"
        value={config.token}
        onChange={(v) => set('token')(v || undefined)}
        errors={errors('token')}
        suggestions={suggestions}
        hint="Empty: the bearer token of the Authorization header"
        testId="jwt-token"
      />
      <PlainField label="Issuer" value={config.issuer} onChange={set('issuer')} errors={errors('issuer')} testId="jwt-issuer" />
      <PlainField label="Audience" value={config.audience} onChange={set('audience')} errors={errors('audience')} testId="jwt-audience" />
      <PlainField label="Leeway (seconds)" type="number" value={config.leeway} onChange={set('leeway')} errors={errors('leeway')} hint="Default 30" testId="jwt-leeway" />
      <ChoiceField label="Algorithm" value={config.algorithm || 'HS256'} onChange={set('algorithm')} options={ALGORITHMS} errors={errors('algorithm')} testId="jwt-algorithm" />
    </>
  );
}
