// The workflow's execution log setting ("log" in the document), edited on the API Start form.

export const LOG_MODES = [
  ['', 'Default: 10 full traces a second, summaries for the rest'],
  ['all', 'Every run in full'],
  ['sample', 'A share of successful runs in full'],
  ['errors', 'Failures in full, summaries of successes'],
  ['off', 'Failures only'],
];

/** The setting after choosing a mode: none for the default; a sample keeps its rate (10% when it had none). */
export function withLogMode(log, mode) {
  if (!mode) return null;
  if (mode === 'sample') return { mode, rate: log?.mode === 'sample' ? log.rate : 0.1 };
  return { mode };
}

/** The setting with a new sampling rate (a number; the server refuses one outside (0, 1]). */
export function withLogRate(log, rate) {
  return { mode: 'sample', rate: rate ?? log?.rate };
}
