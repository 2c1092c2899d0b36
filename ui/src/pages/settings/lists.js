/** Comma-separated text ↔ list of non-empty strings. */
export const listText = (list) => (list || []).join(', ');
export const textList = (text) =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
