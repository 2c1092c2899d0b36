import { useState } from 'react';

/** Whether a side panel of the editor is open, kept per panel in local storage. */
export const PANEL_KEY = 'dotportion.panel.';
/** Below this window width the palette starts folded, unless a person opened it before. */
export const NARROW = 1200;

export function readPanel(storage, name, fallback) {
  try {
    const stored = storage?.getItem(PANEL_KEY + name);
    return stored === 'open' ? true : stored === 'closed' ? false : fallback;
  } catch {
    return fallback;
  }
}

export function writePanel(storage, name, open) {
  try {
    storage?.setItem(PANEL_KEY + name, open ? 'open' : 'closed');
  } catch {
    // storage refused: the panel keeps its state for this page only
  }
}

/** Open unless narrow: the palette gives way on a small screen, the inspector (the forms) never by itself. */
export function defaultOpen(name, width) {
  return name !== 'palette' || !(width < NARROW);
}

const browser = () => (typeof window === 'undefined' ? null : window);

/** [open, toggle] of one panel, remembered across reloads. */
export function usePanel(name) {
  const [open, setOpen] = useState(() =>
    readPanel(browser()?.localStorage, name, defaultOpen(name, browser()?.innerWidth)),
  );
  const toggle = () =>
    setOpen((was) => {
      writePanel(browser()?.localStorage, name, !was);
      return !was;
    });
  return [open, toggle];
}
