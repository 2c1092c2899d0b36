import { formatMs } from '../../editor/model/trace.js';

const count = (n) => Number(n).toLocaleString('en-US');
const when = (iso) => new Date(iso).toLocaleString();

/** What the Kept column says of a logged row: full, summary, or how many runs an aggregate row stands for. */
export function keptLabel(e) {
  if (e.kept === 'aggregate') return `${count(e.runs)} ${Number(e.runs) === 1 ? 'run' : 'runs'}, counted`;
  return e.kept === 'summary' ? 'summary' : 'full';
}

/** A sentence on what the log kept of the row, for its tooltip and its detail page. */
export function keptSentence(e) {
  if (e.kept === 'aggregate') {
    const a = e.aggregate || {};
    const n = Number(e.runs);
    const range =
      a.firstStartedAt === a.lastStartedAt
        ? `at ${when(a.firstStartedAt)}`
        : `between ${when(a.firstStartedAt)} and ${when(a.lastStartedAt)}`;
    return (
      `${count(n)} successful ${n === 1 ? 'run' : 'runs'} not kept individually ${range}: ` +
      `counted only (mean ${formatMs(e.durationMs)}, min ${formatMs(a.minMs)}, max ${formatMs(a.maxMs)}), ` +
      'without a trace, request path or id of their own.'
    );
  }
  if (e.kept === 'summary') return "Summary only: the log did not keep this run's trace";
  return 'Kept in full, with its trace';
}
