import { useState } from 'react';
import { useCatalog } from '../app/nodeTypes.js';
import PanelToggle from './layout/PanelToggle.jsx';
import { usePanel } from './layout/panelState.js';
import { paletteGroups } from './model/palette.js';
import HelpButton from './help/HelpButton.jsx';

export const DRAG_TYPE = 'application/x-dotportion-node';

function PaletteItem({ type, onAdd }) {
  return (
    <li className="with-help">
      <button
        type="button"
        className="palette-item"
        style={{ '--kind': type.color }}
        draggable
        onDragStart={(e) => {
          e.dataTransfer.setData(DRAG_TYPE, type.type);
          e.dataTransfer.effectAllowed = 'move';
        }}
        onClick={() => onAdd(type.type)}
        title={type.descriptor?.description || type.description}
        data-testid={`palette-${type.type}`}
      >
        <span className="dp-node-icon">{type.icon}</span>
        <span>
          <strong>{type.label}</strong>
          <small>{type.description}</small>
        </span>
      </button>
      <HelpButton type={type} placement="right" testId={`palette-help-${type.type}`} />
    </li>
  );
}

/**
 * The node types the server describes, by category: search, click (or Enter) to add after the selected node,
 * or drag onto the canvas. Folds to a narrow rail to give the canvas room; the state is remembered.
 */
export default function Palette({ onAdd }) {
  const catalog = useCatalog();
  const [query, setQuery] = useState('');
  const [open, toggle] = usePanel('palette');
  const groups = paletteGroups(catalog, query);
  return (
    <aside className={`palette${open ? '' : ' collapsed'}`} aria-label="Node palette" data-testid="palette">
      <div className="palette-head">
        {open && <span className="palette-title">Nodes</span>}
        <PanelToggle
          open={open}
          onToggle={toggle}
          controls="palette-body"
          name="node palette"
          side="left"
          testId="toggle-palette"
        />
      </div>
      {open && (
        <div id="palette-body">
          <input
            type="search"
            placeholder="Search nodes"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            data-testid="palette-search"
            aria-label="Search nodes"
          />
          {groups.map((group) => (
            <section key={group.category} className="palette-group" data-testid={`palette-group-${group.category}`}>
              <h4 className="palette-heading muted">{group.heading}</h4>
              <ul>
                {group.types.map((t) => (
                  <PaletteItem key={t.type} type={t} onAdd={onAdd} />
                ))}
              </ul>
            </section>
          ))}
          {groups.length === 0 && <p className="muted palette-empty">No node matches.</p>}
          <p className="palette-tip muted">Click or Enter adds after the selected node and connects it.</p>
        </div>
      )}
    </aside>
  );
}
