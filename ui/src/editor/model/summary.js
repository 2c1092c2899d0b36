// A node's one-line summary on the canvas: its `ui.summaryFields` values, joined by " · ".

export function short(value, max = 42) {
  if (value == null || value === '') return '';
  const s = typeof value === 'string' ? value : JSON.stringify(value);
  const line = s.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

function declaredParameters(sources) {
  if (!Array.isArray(sources)) return '';
  const names = sources.flatMap((s) => Object.keys(s?.parameters || {}).map((n) => `${s.from}.${n}`));
  return names.length ? names.join(', ') : 'no parameters yet';
}

function headerNames(headers) {
  return headers && typeof headers === 'object' ? Object.keys(headers).join(', ') : short(headers);
}

/** Widgets whose value reads better in a summary than as JSON. */
const BY_WIDGET = {
  parametersTable: declaredParameters,
  headers: headerNames,
};

function isEmpty(value) {
  if (value == null || value === '') return true;
  return typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0;
}

/** The summary of `data` for a descriptor; its summary text when no summary field has a value. */
export function summaryLine(descriptor, data) {
  const ui = descriptor.ui || {};
  const fields = ui.summaryFields || [];
  const budget = fields.length > 1 ? 30 : 42;
  const parts = fields
    .filter((field) => !isEmpty(data?.[field]))
    .map((field) => (BY_WIDGET[ui.widgets?.[field]] || ((v) => short(v, budget)))(data[field]))
    .filter(Boolean);
  return parts.length ? parts.join(' · ') : 'not set up yet';
}
