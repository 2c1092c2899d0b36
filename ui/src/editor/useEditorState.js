import { applyEdgeChanges, applyNodeChanges } from '@xyflow/react';
import { useCallback, useMemo, useRef, useState } from 'react';
import { toDocument } from './model/document.js';

const MAX_HISTORY = 100;
const COALESCE_MS = 1200;
const SILENT = new Set(['select', 'dimensions']);

function snapshot(state) {
  return { meta: state.meta, nodes: state.nodes, edges: state.edges };
}

/**
 * The editor's document state ({meta, nodes, edges}) with undo/redo. Edits that change the document push
 * history; typing in one field coalesces into one step; selection and measuring never do.
 */
export function useEditorState(initial) {
  const [state, setState] = useState(initial);
  const ref = useRef(initial);
  const history = useRef({ past: [], future: [], lastKey: null, lastAt: 0 });
  const [, setVersion] = useState(0);

  const set = useCallback((next) => {
    ref.current = next;
    setState(next);
  }, []);

  const remember = useCallback((key) => {
    const h = history.current;
    const now = Date.now();
    if (!(key && key === h.lastKey && now - h.lastAt < COALESCE_MS)) {
      h.past.push(snapshot(ref.current));
      if (h.past.length > MAX_HISTORY) h.past.shift();
    }
    h.future = [];
    h.lastKey = key;
    h.lastAt = now;
    setVersion((v) => v + 1);
  }, []);

  /** Applies an edit that is one undoable step; `key` merges quick repeats (typing) into one. */
  const edit = useCallback(
    (updater, key) => {
      const next = updater(ref.current);
      if (next === ref.current) return;
      remember(key);
      set(next);
    },
    [remember, set],
  );

  /** Applies a change that is not an undoable step (selection). */
  const apply = useCallback((updater) => set(updater(ref.current)), [set]);

  const onNodesChange = useCallback(
    (changes) => {
      const removes = changes.some((c) => c.type === 'remove');
      if (removes) remember('delete');
      const cur = ref.current;
      set({ ...cur, nodes: applyNodeChanges(changes, cur.nodes) });
    },
    [remember, set],
  );

  const onEdgesChange = useCallback(
    (changes) => {
      if (changes.some((c) => !SILENT.has(c.type))) remember('delete');
      const cur = ref.current;
      set({ ...cur, edges: applyEdgeChanges(changes, cur.edges) });
    },
    [remember, set],
  );

  const onNodeDragStart = useCallback(() => remember(null), [remember]);

  const move = useCallback(
    (from, to) => {
      const h = history.current;
      if (!from.length) return;
      to.push(snapshot(ref.current));
      set(from.pop());
      h.lastKey = null;
      setVersion((v) => v + 1);
    },
    [set],
  );

  const undo = useCallback(() => move(history.current.past, history.current.future), [move]);
  const redo = useCallback(() => move(history.current.future, history.current.past), [move]);

  /** Replaces the whole state without history (loading). */
  const reset = useCallback(
    (next) => {
      history.current = { past: [], future: [], lastKey: null, lastAt: 0 };
      set(next);
      setVersion((v) => v + 1);
    },
    [set],
  );

  const doc = useMemo(() => toDocument(state), [state]);
  return {
    state,
    doc,
    current: ref,
    edit,
    apply,
    reset,
    undo,
    redo,
    canUndo: history.current.past.length > 0,
    canRedo: history.current.future.length > 0,
    onNodesChange,
    onEdgesChange,
    onNodeDragStart,
  };
}
