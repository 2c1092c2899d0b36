import TextField from '../../components/TextField.jsx';
import SaveRow from './SaveRow.jsx';
import { useSettingsForm } from './useSettingsForm.js';

export default function RateLimitSettings({ project, onChanged }) {
  const r = project.rateLimit || {};
  const initial = {
    enabled: Boolean(r.enabled),
    windowMs: String(r.windowMs ?? 60000),
    max: String(r.max ?? 100),
    message: r.message || '',
    standardHeaders: r.standardHeaders ?? true,
    legacyHeaders: Boolean(r.legacyHeaders),
  };
  const toPatch = (v) => ({
    rateLimit: { ...v, windowMs: Number(v.windowMs), max: Number(v.max) },
  });
  const form = useSettingsForm(project, initial, toPatch, onChanged);
  const check = (key, text) => (
    <label className="check">
      <input
        type="checkbox"
        checked={form.values[key]}
        onChange={(e) => form.set(key)(e.target.checked)}
        data-testid={`rate-${key}`}
      />
      {text}
    </label>
  );
  return (
    <form className="panel stack" onSubmit={form.submit} data-testid="settings-rate">
      <h2>Rate limit</h2>
      {check('enabled', 'Limit calls per client')}
      <div className="row">
        <TextField
          label="Window (ms)"
          type="number"
          value={form.values.windowMs}
          onChange={form.set('windowMs')}
          testId="rate-window"
        />
        <TextField
          label="Max calls per window"
          type="number"
          value={form.values.max}
          onChange={form.set('max')}
          testId="rate-max"
        />
      </div>
      <TextField
        label="Message when limited"
        value={form.values.message}
        onChange={form.set('message')}
        testId="rate-message"
      />
      {check('standardHeaders', 'Send RateLimit-* headers')}
      {check('legacyHeaders', 'Send X-RateLimit-* headers')}
      <SaveRow error={form.error} saved={form.saved} testId="rate" />
    </form>
  );
}
