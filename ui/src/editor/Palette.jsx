import { useState } from 'react';
import { NODE_TYPES } from './model/catalog.js';

export const DRAG_TYPE = 'application/x-dotportion-node';

/** The ten node types: search, click to add (after the selected node), or drag onto the canvas. */
export default function Palette({ onAdd }) {
  const [query, setQuery] = useState('');
  const q = query.trim().toLowerCase();
  const shown = NODE_TYPES.filter(
    (t) => t.type !== 'apiStart' && (!q || t.label.toLowerCase().includes(q) || t.description.toLowerCase().includes(q)),
  );
  return (
    <aside className="palette" aria-label="Node palette">
      <input
        type="search"
        placeholder="Search nodes"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        data-testid="palette-search"
        aria-label="Search nodes"
      />
      <ul>
        {shown.map((t) => (
          <li key={t.type}>
            <button
              type="button"
              className="palette-item"
              style={{ '--kind': t.color }}
              draggable
              onDragStart={(e) => {
                e.dataTransfer.setData(DRAG_TYPE, t.type);
                e.dataTransfer.effectAllowed = 'move';
              }}
              onClick={() => onAdd(t.type)}
              title={t.description}
              data-testid={`palette-${t.type}`}
            >
              <span className="dp-node-icon">{t.icon}</span>
              <span>
                <strong>{t.label}</strong>
                <small>{t.description}</small>
              </span>
            </button>
          </li>
        ))}
      </ul>
      <p className="palette-tip muted">Click adds after the selected node and connects it.</p>
    </aside>
  );
}
