import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import NodeHelp from './NodeHelp.jsx';
import './help.css';

const WIDTH = 380;
const MARGIN = 8;

/** Where the popover goes: beside the button (palette) or under it (inspector), kept inside the window. */
function placeNear(button, placement) {
  const rect = button.getBoundingClientRect();
  const width = Math.min(WIDTH, window.innerWidth - 2 * MARGIN);
  const left = placement === 'right' ? rect.right + MARGIN : rect.right - width;
  const top = placement === 'right' ? rect.top : rect.bottom + MARGIN;
  return {
    left: Math.max(MARGIN, Math.min(left, window.innerWidth - width - MARGIN)),
    top: Math.max(MARGIN, Math.min(top, window.innerHeight - 160)),
    width,
    maxHeight: window.innerHeight - Math.max(MARGIN, top) - MARGIN,
  };
}

/**
 * A "?" button that opens a node type's help (from its descriptor) in a popover; Escape, a click outside or the
 * button again closes it, and focus goes back to the button.
 */
export default function HelpButton({ type, placement = 'below', testId }) {
  const [open, setOpen] = useState(false);
  const [style, setStyle] = useState(null);
  const button = useRef(null);
  const popover = useRef(null);
  const id = useId();

  useLayoutEffect(() => {
    if (open && button.current) setStyle(placeNear(button.current, placement));
  }, [open, placement]);

  useEffect(() => {
    if (!open) return undefined;
    const outside = (event) => {
      if (!popover.current?.contains(event.target) && !button.current?.contains(event.target)) setOpen(false);
    };
    const escape = (event) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('mousedown', outside);
    document.addEventListener('keydown', escape);
    return () => {
      document.removeEventListener('mousedown', outside);
      document.removeEventListener('keydown', escape);
    };
  }, [open]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  return (
    <>
      <button
        type="button"
        ref={button}
        className="btn ghost small help-button"
        aria-label={`Help: ${type.label}`}
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        title={`What ${type.label} does`}
        onClick={(e) => {
          e.stopPropagation();
          setOpen((o) => !o);
        }}
        data-testid={testId}
      >
        ?
      </button>
      {open && (
        <div
          id={id}
          ref={popover}
          className="help-popover"
          role="dialog"
          aria-labelledby={`${id}-title`}
          style={style || { visibility: 'hidden' }}
          tabIndex={-1}
          data-testid="help-popover"
        >
          <button type="button" className="btn ghost small help-close" onClick={close} aria-label="Close help">
            ✕
          </button>
          <NodeHelp type={type} headingId={`${id}-title`} />
        </div>
      )}
    </>
  );
}
