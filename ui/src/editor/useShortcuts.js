import { useEffect, useRef } from 'react';

function typing(target) {
  const tag = target?.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || target?.isContentEditable;
}

/** Editor keyboard shortcuts. Save and test work everywhere; the rest leave text fields to the browser. */
export function useShortcuts(handlers) {
  const ref = useRef(handlers);
  ref.current = handlers;
  useEffect(() => {
    const onKey = (event) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      const h = ref.current;
      const run = (fn) => {
        event.preventDefault();
        fn();
      };
      if (key === 's') return run(h.save);
      if (key === 'enter') return run(h.test);
      if (typing(event.target)) return undefined;
      if (key === 'z' && event.shiftKey) return run(h.redo);
      if (key === 'z' || (key === 'y' && !event.shiftKey)) return run(key === 'z' ? h.undo : h.redo);
      // Copy and paste keep the key's default: the browser's copy and paste events follow (useNodeClipboard).
      if (key === 'c') return h.copy();
      if (key === 'v') return h.paste();
      if (key === 'd') return run(h.duplicate);
      if (key === 'l' && event.shiftKey) return run(h.layout);
      return undefined;
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
