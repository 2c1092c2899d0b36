import TextField from '../../components/TextField.jsx';
import SaveRow from './SaveRow.jsx';
import { listText, textList } from './lists.js';
import { useSettingsForm } from './useSettingsForm.js';

export default function CorsSettings({ project, onChanged }) {
  const c = project.cors || {};
  const initial = {
    enabled: Boolean(c.enabled),
    allowedOrigins: listText(c.allowedOrigins),
    allowedMethods: listText(c.allowedMethods),
    allowedHeaders: listText(c.allowedHeaders),
  };
  const toPatch = (v) => ({
    cors: {
      enabled: v.enabled,
      allowedOrigins: textList(v.allowedOrigins),
      allowedMethods: textList(v.allowedMethods),
      allowedHeaders: textList(v.allowedHeaders),
    },
  });
  const form = useSettingsForm(project, initial, toPatch, onChanged);
  return (
    <form className="panel stack" onSubmit={form.submit} data-testid="settings-cors">
      <h2>CORS</h2>
      <label className="check">
        <input
          type="checkbox"
          checked={form.values.enabled}
          onChange={(e) => form.set('enabled')(e.target.checked)}
          data-testid="cors-enabled"
        />
        Answer browsers from other origins
      </label>
      <TextField
        label="Allowed origins"
        value={form.values.allowedOrigins}
        onChange={form.set('allowedOrigins')}
        hint="Comma-separated, e.g. https://app.example.com"
        testId="cors-origins"
      />
      <TextField
        label="Allowed methods"
        value={form.values.allowedMethods}
        onChange={form.set('allowedMethods')}
        testId="cors-methods"
      />
      <TextField
        label="Allowed headers"
        value={form.values.allowedHeaders}
        onChange={form.set('allowedHeaders')}
        testId="cors-headers"
      />
      <SaveRow error={form.error} saved={form.saved} testId="cors" />
    </form>
  );
}
