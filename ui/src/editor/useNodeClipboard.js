import { useEffect, useRef } from 'react';
import { copySelection } from './model/clipboard.js';
import { clipText, readClip } from './model/nodeClipboard.js';

function typing(target) {
  const tag = target?.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || Boolean(target?.isContentEditable);
}

/** Whether a copy or paste is the canvas's: not in a text field, and no page text is selected. */
function forNodes(target) {
  return !typing(target) && !window.getSelection?.()?.toString();
}

/**
 * Copy and paste of nodes through the system clipboard, across workflows and tabs. Ctrl/⌘ C writes the selected
 * nodes and their internal edges as a JSON envelope (model/nodeClipboard.js) from the browser's copy event
 * (text/plain) and through navigator.clipboard; Ctrl/⌘ V pastes such an envelope from the paste event, with fresh
 * ids; any other clipboard text is ignored with a short notice. When a browser sends no paste event, the clipboard
 * is read through navigator.clipboard, and failing that the nodes last copied here are pasted.
 *
 * Answers {copy, paste} for the keyboard shortcuts (they leave the key's default alone so the events follow).
 */
export function useNodeClipboard({ editor, catalog, canPaste, insert, notify }) {
  const last = useRef(null);
  const awaiting = useRef(false);
  const handlers = useRef(null);
  const live = useRef({});
  live.current = { editor, catalog, canPaste, insert, notify };

  useEffect(() => {
    const selection = () => {
      const { nodes, edges } = live.current.editor.current.current;
      const clip = copySelection(nodes, edges);
      return clip.nodes.length ? clip : null;
    };
    const pasteText = (text) => {
      const read = readClip(text);
      if (read.clip) live.current.insert(read.clip);
      else live.current.notify(read.error);
    };
    // Without a text selection a browser enables its copy command (and sends the copy event) only when
    // beforecopy is cancelled; the same for paste outside a text field.
    const onBeforeCopy = (event) => {
      if (forNodes(event.target) && selection()) event.preventDefault();
    };
    const onBeforePaste = (event) => {
      if (forNodes(event.target) && live.current.canPaste) event.preventDefault();
    };
    const onCopy = (event) => {
      if (!forNodes(event.target)) return;
      const clip = selection();
      if (!clip || !event.clipboardData) return;
      last.current = clip;
      event.clipboardData.setData('text/plain', clipText(clip, live.current.catalog));
      event.preventDefault();
    };
    const onPaste = (event) => {
      if (!forNodes(event.target) || !live.current.canPaste) return;
      awaiting.current = false;
      event.preventDefault();
      pasteText(event.clipboardData?.getData('text/plain') || '');
    };
    const copy = () => {
      const clip = selection();
      if (!clip || !forNodes(document.activeElement)) return;
      last.current = clip;
      navigator.clipboard?.writeText(clipText(clip, live.current.catalog)).catch(() => {});
    };
    const fallback = async () => {
      if (!awaiting.current) return;
      awaiting.current = false;
      try {
        pasteText(await navigator.clipboard.readText());
      } catch {
        if (last.current) live.current.insert(last.current);
      }
    };
    const paste = () => {
      if (!live.current.canPaste || !forNodes(document.activeElement)) return;
      awaiting.current = true;
      // The paste event, when the browser sends one, comes while this key is handled: before this timer.
      setTimeout(fallback, 0);
    };
    handlers.current = { copy, paste };
    const listeners = { beforecopy: onBeforeCopy, beforepaste: onBeforePaste, copy: onCopy, paste: onPaste };
    Object.entries(listeners).forEach(([name, listener]) => document.addEventListener(name, listener));
    return () => Object.entries(listeners).forEach(([name, listener]) => document.removeEventListener(name, listener));
  }, []);

  return {
    copy: () => handlers.current?.copy(),
    paste: () => handlers.current?.paste(),
    /** The nodes last copied here (Ctrl/⌘ D duplicates without the system clipboard). */
    lastCopied: () => last.current,
  };
}
