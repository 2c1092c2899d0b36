import { navigate } from '../../app/router.js';
import { canAdminister } from '../../app/roles.js';
import { useSession } from '../../app/session.js';
import GeneralSettings from './GeneralSettings.jsx';
import CorsSettings from './CorsSettings.jsx';
import RateLimitSettings from './RateLimitSettings.jsx';
import DeleteProject from './DeleteProject.jsx';
import LeakSettings from './LeakSettings.jsx';
import MembersSettings from './MembersSettings.jsx';

/** Owners change everything; editors and viewers see the members and may leave. */
export default function SettingsSection({ project, onChanged }) {
  const { user } = useSession();
  const owner = canAdminister(project);
  return (
    <section className="settings">
      {owner && <GeneralSettings project={project} onChanged={onChanged} />}
      {owner && <CorsSettings project={project} onChanged={onChanged} />}
      {owner && <RateLimitSettings project={project} onChanged={onChanged} />}
      {owner && <LeakSettings project={project} onChanged={onChanged} />}
      <MembersSettings project={project} me={user} onLeft={() => navigate('/')} onChanged={onChanged} />
      {owner && <DeleteProject project={project} />}
    </section>
  );
}
