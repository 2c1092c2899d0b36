// JSON fields in forms: shown as text, parsed back when valid. A lone `{{ template }}` is kept as a string.

export function showJson(value) {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  return JSON.stringify(value, null, 2);
}

/** {value} when the text is usable, {error} when not; empty text means "not set" (value undefined). */
export function readJson(text) {
  const trimmed = text.trim();
  if (!trimmed) return { value: undefined };
  try {
    return { value: JSON.parse(trimmed) };
  } catch {
    if (/^\{\{[^{}]*\}\}$/.test(trimmed) || !/^[[{"]/.test(trimmed)) return { value: trimmed };
    return { error: 'Not valid JSON yet.' };
  }
}
