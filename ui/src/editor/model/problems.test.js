import { describe, expect, it } from 'vitest';
import { deployRefusedNotice, problemText, readableMessage, saveNotice } from './problems.js';

const error = (message, extra = {}) => ({ path: 'nodes[1]', message, severity: 'error', ...extra });
const warning = { path: 'nodes[0].data.secret', message: 'unknown secret', severity: 'warning' };

describe('saveNotice', () => {
  it('says saved even with errors, which only deploy refuses', () => {
    expect(saveNotice([error('unreachable'), warning])).toEqual({
      kind: 'warning',
      text: 'Draft saved with 1 problem to fix before deploy, shown on the nodes.',
    });
  });
  it('says saved with warnings, or just saved', () => {
    expect(saveNotice([warning, warning]).text).toBe('Draft saved with 2 warnings.');
    expect(saveNotice([])).toEqual({ kind: 'ok', text: 'Draft saved.' });
    expect(saveNotice(undefined).kind).toBe('ok');
  });
});

describe('problemText', () => {
  const labelOf = (id) => ({ 'response-2': 'Response' })[id] || id;
  it('names the node by the label the server gave, else by the editor, else not at all', () => {
    expect(problemText(error("node 'x' cannot be reached", { nodeId: 'x', nodeLabel: 'Forgotten' }), labelOf)).toBe(
      'Forgotten (x): it cannot be reached',
    );
    expect(problemText(error('missing status', { nodeId: 'response-2' }), labelOf)).toBe(
      'Response (response-2): missing status',
    );
    expect(problemText({ path: 'nodes', message: 'no response' }, labelOf)).toBe('no response');
  });
});

describe('deployRefusedNotice', () => {
  it('lists the first two errors by node name and counts the rest, warnings left out', () => {
    const labelOf = (id) => id.toUpperCase();
    const notice = deployRefusedNotice(
      [error('a', { nodeId: 'n1' }), warning, error('b', { nodeId: 'n2' }), error('c'), error('d')],
      labelOf,
    );
    expect(notice).toEqual({
      kind: 'error',
      text: 'Not deployed: 4 problems to fix. N1 (n1): a; N2 (n2): b (and 2 more)',
    });
  });
});

describe('readableMessage', () => {
  it('writes the ids a message names as the nodes names, ids second', () => {
    const labelOf = (id) => ({ 'response-2': 'Too young' })[id] || id;
    expect(readableMessage("node 'response-2' cannot be reached from apiStart", labelOf)).toBe(
      "'Too young' (response-2) cannot be reached from apiStart",
    );
    expect(readableMessage("node 'ghost' cannot be reached", labelOf)).toBe("node 'ghost' cannot be reached");
    expect(readableMessage(undefined, labelOf)).toBe('');
  });
});
