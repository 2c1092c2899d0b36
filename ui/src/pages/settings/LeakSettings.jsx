import SaveRow from './SaveRow.jsx';
import { useSettingsForm } from './useSettingsForm.js';

/** The leak check's project setting: deploy refuses credential literals unless this is on (docs/SECRETS.md). */
export default function LeakSettings({ project, onChanged }) {
  const initial = { allowCredentialLiterals: Boolean(project.allowCredentialLiterals) };
  const form = useSettingsForm(project, initial, (v) => v, onChanged);
  return (
    <form className="panel stack" onSubmit={form.submit} data-testid="settings-leaks">
      <h2>Credential literals</h2>
      <p className="muted">
        Saving a workflow warns about credentials written into it (database URLs with a password, keys, tokens);
        deploying refuses them unless allowed here. Keep credentials in secrets instead.
      </p>
      <label className="check">
        <input
          type="checkbox"
          checked={form.values.allowCredentialLiterals}
          onChange={(e) => form.set('allowCredentialLiterals')(e.target.checked)}
          data-testid="settings-allow-credential-literals"
        />
        Allow deploying workflows with credential literals
      </label>
      <SaveRow error={form.error} saved={form.saved} testId="settings-leaks" />
    </form>
  );
}
