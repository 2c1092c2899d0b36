import GeneralSettings from './GeneralSettings.jsx';
import CorsSettings from './CorsSettings.jsx';
import RateLimitSettings from './RateLimitSettings.jsx';
import DeleteProject from './DeleteProject.jsx';

export default function SettingsSection({ project, onChanged }) {
  return (
    <section className="settings">
      <GeneralSettings project={project} onChanged={onChanged} />
      <CorsSettings project={project} onChanged={onChanged} />
      <RateLimitSettings project={project} onChanged={onChanged} />
      <DeleteProject project={project} />
    </section>
  );
}
