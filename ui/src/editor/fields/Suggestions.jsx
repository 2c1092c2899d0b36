/** The `{{` autocomplete list. Mouse-down keeps the input's focus so the click can insert. */
export default function Suggestions({ items, active, onPick }) {
  if (!items.length) return null;
  return (
    <ul className="suggestions" role="listbox" data-testid="autocomplete">
      {items.map((item, i) => (
        <li
          key={item.path}
          role="option"
          aria-selected={i === active}
          className={i === active ? 'active' : ''}
          onMouseDown={(event) => {
            event.preventDefault();
            onPick(item);
          }}
          data-testid={`suggestion-${item.path}`}
        >
          <code>{item.path}</code>
          <span className="muted">{item.detail}</span>
        </li>
      ))}
    </ul>
  );
}
