import Link from '../components/Link.jsx';

const TABS = [
  ['workflows', 'Workflows'],
  ['secrets', 'Secrets'],
  ['executions', 'Executions'],
  ['data', 'Data'],
  ['stats', 'Stats'],
  ['api', 'API docs'],
  ['settings', 'Settings'],
];

export default function ProjectTabs({ project, section }) {
  return (
    <div className="tabs" role="tablist">
      {TABS.map(([key, label]) => (
        <Link
          key={key}
          to={`/projects/${project.id}/${key}`}
          className={`tab${section === key ? ' active' : ''}`}
          role="tab"
          aria-selected={section === key}
          data-testid={`tab-${key}`}
        >
          {label}
        </Link>
      ))}
      <span className="tabs-aside muted mono">
        /api/{project.owner}/{project.slug}
      </span>
    </div>
  );
}
