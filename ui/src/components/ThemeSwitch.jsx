import { THEME_CHOICES, useTheme } from '../app/theme.js';

/** System, light or dark: kept in this browser's local storage. */
export default function ThemeSwitch() {
  const { choice, setChoice } = useTheme();
  return (
    <select
      className="theme-switch"
      value={choice}
      onChange={(event) => setChoice(event.target.value)}
      aria-label="Colour theme"
      data-testid="theme-choice"
    >
      {THEME_CHOICES.map(([value, text]) => (
        <option key={value} value={value}>
          {text}
        </option>
      ))}
    </select>
  );
}
