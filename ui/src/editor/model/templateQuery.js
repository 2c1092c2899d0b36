// The `{{` autocomplete: find an open template before the caret, filter suggestions, insert one.

const PATH_CHARS = /^[\w.\- ]*$/;

/** {start, query} when the caret is inside an unclosed `{{`, else null. */
export function openTemplate(text, caret) {
  const before = (text || '').slice(0, caret);
  const open = before.lastIndexOf('{{');
  if (open < 0) return null;
  const typed = before.slice(open + 2);
  if (typed.includes('}}') || !PATH_CHARS.test(typed)) return null;
  return { start: open + 2, query: typed.trim() };
}

export function filterSuggestions(suggestions, query, max = 12) {
  const q = (query || '').toLowerCase();
  const starts = suggestions.filter((s) => s.path.toLowerCase().startsWith(q));
  const contains = suggestions.filter((s) => !s.path.toLowerCase().startsWith(q) && s.path.toLowerCase().includes(q));
  return [...starts, ...contains].slice(0, max);
}

/** Replaces what was typed after `{{` with the path and closes the template; returns {text, caret}. */
export function insertSuggestion(text, open, caret, path) {
  const value = text || '';
  const rest = value.slice(caret);
  const closing = rest.trimStart().startsWith('}}') ? '' : '}}';
  const inserted = `${path}${closing}`;
  const next = value.slice(0, open.start) + inserted + rest;
  const end = open.start + inserted.length + (closing ? 0 : rest.indexOf('}}') + 2);
  return { text: next, caret: end };
}
