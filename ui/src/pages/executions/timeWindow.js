// The executions API filters by workflow and status; the time window is applied here, over what it answered.
export const WINDOWS = [
  ['', 'Any time'],
  ['3600000', 'Last hour'],
  ['86400000', 'Last 24 hours'],
  ['604800000', 'Last 7 days'],
];

export function withinWindow(executions, windowMs, now = Date.now()) {
  if (!windowMs) return executions;
  const since = now - Number(windowMs);
  return executions.filter((e) => Date.parse(e.startedAt) >= since);
}
