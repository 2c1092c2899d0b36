import { badges } from './environments.js';

/** Which environments of the project hold a value of the secret, and which hold a staged version. */
export default function EnvironmentBadges({ secret }) {
  return (
    <span className="env-badges" data-testid={`secret-envs-${secret.name}`}>
      {badges(secret).map((b) => (
        <span key={b.name} className="env-badge-group">
          <span
            className={`env-badge${b.hasValue ? ' has-value' : ' no-value'}`}
            data-testid={`env-badge-${b.name}`}
            title={b.hasValue ? `${b.name} has a value` : `no ${b.name} value`}
          >
            {b.text}
          </span>
          {b.staged && (
            <span className="env-badge staged" data-testid={`env-staged-${b.name}`} title="not used until promoted">
              {b.staged}
            </span>
          )}
        </span>
      ))}
    </span>
  );
}
