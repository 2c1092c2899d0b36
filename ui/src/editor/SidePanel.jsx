/** The right-hand panel with its three tabs; the body is the active tab's content. */
const TABS = [
  ['inspect', 'Inspector'],
  ['test', 'Test run'],
  ['versions', 'Versions'],
];

export default function SidePanel({ tab, setTab, readOnly, children }) {
  return (
    <aside className="side-panel" aria-label="Details">
      <div className="side-tabs" role="tablist">
        {TABS.filter(([key]) => !(readOnly && key === 'test')).map(([key, label]) => (
          <button
            key={key}
            type="button"
            role="tab"
            aria-selected={tab === key}
            className={`side-tab${tab === key ? ' active' : ''}`}
            onClick={() => setTab(key)}
            data-testid={`side-tab-${key}`}
          >
            {label}
          </button>
        ))}
      </div>
      <div className="side-body">{children}</div>
    </aside>
  );
}
