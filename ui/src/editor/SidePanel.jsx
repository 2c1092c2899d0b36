import PanelToggle from './layout/PanelToggle.jsx';
import { usePanel } from './layout/panelState.js';

/** The right-hand panel with its three tabs; the body is the active tab's content. */
const TABS = [
  ['inspect', 'Inspector'],
  ['test', 'Test run'],
  ['versions', 'Versions'],
];

/** Folds to a narrow rail (the state is remembered); a tab picked from the rail unfolds it. */
export default function SidePanel({ tab, setTab, readOnly, children }) {
  const [open, toggle] = usePanel('inspector');
  const pick = (key) => {
    if (!open) toggle();
    setTab(key);
  };
  return (
    <aside className={`side-panel${open ? '' : ' collapsed'}`} aria-label="Details" data-testid="side-panel">
      <div className="side-tabs" role="tablist" aria-orientation={open ? 'horizontal' : 'vertical'}>
        {TABS.filter(([key]) => !(readOnly && key === 'test')).map(([key, label]) => (
          <button
            key={key}
            type="button"
            role="tab"
            aria-selected={open && tab === key}
            aria-controls="side-body"
            className={`side-tab${tab === key ? ' active' : ''}`}
            onClick={() => pick(key)}
            data-testid={`side-tab-${key}`}
          >
            {label}
          </button>
        ))}
        <PanelToggle
          open={open}
          onToggle={toggle}
          controls="side-body"
          name="details panel"
          side="right"
          testId="toggle-inspector"
        />
      </div>
      {open && (
        <div className="side-body" id="side-body" role="tabpanel">
          {children}
        </div>
      )}
    </aside>
  );
}
