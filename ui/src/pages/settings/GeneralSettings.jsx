import TextField from '../../components/TextField.jsx';
import SaveRow from './SaveRow.jsx';
import SlugRedirects from './SlugRedirects.jsx';
import { slugHint } from './slugRedirects.js';
import { useSettingsForm } from './useSettingsForm.js';

export default function GeneralSettings({ project, onChanged }) {
  const form = useSettingsForm(project, { name: project.name, slug: project.slug }, (v) => v, onChanged);
  return (
    <form className="panel stack" onSubmit={form.submit} data-testid="settings-general">
      <h2>Project</h2>
      <div className="row">
        <TextField label="Name" value={form.values.name} onChange={form.set('name')} testId="settings-name" />
        <TextField
          label="Slug"
          value={form.values.slug}
          onChange={form.set('slug')}
          testId="settings-slug"
          hint={slugHint(project, form.values.slug)}
        />
      </div>
      <SaveRow error={form.error} saved={form.saved} testId="settings-general" />
      <SlugRedirects project={project} onChanged={onChanged} />
    </form>
  );
}
