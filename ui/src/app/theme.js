import { createContext, useContext, useEffect, useMemo, useState } from 'react';

/** The colour theme: the system's (prefers-color-scheme) unless a person picked light or dark here. */
export const THEME_CHOICES = [
  ['system', 'System theme'],
  ['light', 'Light'],
  ['dark', 'Dark'],
];
export const THEME_KEY = 'dotportion.theme';
const DARK_QUERY = '(prefers-color-scheme: dark)';

/** The stored choice, or "system" when none (or an unknown one) is stored. */
export function readChoice(storage) {
  let stored = null;
  try {
    stored = storage?.getItem(THEME_KEY) ?? null;
  } catch {
    stored = null;
  }
  return THEME_CHOICES.some(([value]) => value === stored) ? stored : 'system';
}

export function writeChoice(storage, choice) {
  try {
    if (choice === 'system') storage?.removeItem(THEME_KEY);
    else storage?.setItem(THEME_KEY, choice);
  } catch {
    // storage refused (private mode, quota): the choice lasts for this page only
  }
}

/** "light" or "dark": the choice itself, or the system's when the choice is "system". */
export function resolveTheme(choice, systemDark) {
  if (choice === 'light' || choice === 'dark') return choice;
  return systemDark ? 'dark' : 'light';
}

/** The attribute on <html> the style sheet reads: set only for a manual choice, so CSS follows the system. */
export function rootAttribute(choice) {
  return choice === 'system' ? null : choice;
}

const FALLBACK = { choice: 'system', resolved: 'light', setChoice: () => {} };
export const ThemeContext = createContext(FALLBACK);

export function useTheme() {
  return useContext(ThemeContext);
}

const browser = () => (typeof window === 'undefined' ? null : window);

function useSystemDark() {
  const media = browser()?.matchMedia?.(DARK_QUERY);
  const [dark, setDark] = useState(Boolean(media?.matches));
  useEffect(() => {
    if (!media) return undefined;
    const changed = (event) => setDark(event.matches);
    media.addEventListener('change', changed);
    setDark(media.matches);
    return () => media.removeEventListener('change', changed);
  }, [media]);
  return dark;
}

/** The value of ThemeContext for the app: the choice kept in local storage, applied to <html>. */
export function useThemeState() {
  const [choice, setStored] = useState(() => readChoice(browser()?.localStorage));
  const systemDark = useSystemDark();
  useEffect(() => {
    const root = document.documentElement;
    const attribute = rootAttribute(choice);
    if (attribute) root.dataset.theme = attribute;
    else delete root.dataset.theme;
  }, [choice]);
  return useMemo(
    () => ({
      choice,
      resolved: resolveTheme(choice, systemDark),
      setChoice: (next) => {
        writeChoice(browser()?.localStorage, next);
        setStored(next);
      },
    }),
    [choice, systemDark],
  );
}
