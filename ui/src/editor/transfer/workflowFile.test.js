import { describe, expect, it } from 'vitest';
import { exportFileName, exportNotice, readWorkflowFile } from './workflowFile.js';

describe('exportFileName', () => {
  it('names the file after the workflow in lower case with dashes', () => {
    expect(exportFileName('Create todo')).toBe('create-todo.workflow.json');
    expect(exportFileName('  Café / Crème  ')).toBe('cafe-creme.workflow.json');
  });

  it('never answers an empty name', () => {
    expect(exportFileName('')).toBe('workflow.workflow.json');
    expect(exportFileName('???')).toBe('workflow.workflow.json');
    expect(exportFileName(undefined)).toBe('workflow.workflow.json');
  });
});

describe('readWorkflowFile', () => {
  const doc = {
    name: 'Echo',
    method: 'POST',
    path: '/echo',
    nodes: [{ id: 'start', type: 'apiStart' }],
    edges: [],
  };

  it('reads a workflow document and summarises it', () => {
    const read = readWorkflowFile(JSON.stringify(doc));
    expect(read.doc).toEqual(doc);
    expect(read.summary).toEqual({ name: 'Echo', route: 'POST /echo', counts: '1 node, 0 edges' });
  });

  it('leaves out the export leak report, which import ignores', () => {
    const read = readWorkflowFile(JSON.stringify({ ...doc, credentialLiterals: [{ path: 'nodes[0]' }] }));
    expect(read.doc).toEqual(doc);
  });

  it('reads a DotPortion export without edges as is: the server normalises it', () => {
    const read = readWorkflowFile(JSON.stringify({ nodes: [{ id: '1', type: 'apiStart' }] }));
    expect(read.summary).toEqual({ name: 'Unnamed workflow', route: '', counts: '1 node, 0 edges' });
  });

  it('names each problem of a file that is no workflow', () => {
    expect(readWorkflowFile('{"nodes": [').problems[0]).toMatch(/^The file is not valid JSON/);
    expect(readWorkflowFile('[]').problems).toEqual(['The file holds no workflow: a workflow is a JSON object.']);
    expect(readWorkflowFile('{"nodes": 1, "edges": {}}').problems).toEqual([
      'It has no "nodes" list.',
      'Its "edges" is not a list.',
    ]);
    expect(readWorkflowFile('{"dotportion": "nodes", "nodes": [], "edges": []}').problems[0]).toMatch(/copied nodes/);
  });
});

describe('exportNotice', () => {
  it('says the file was exported, and warns of flagged literals', () => {
    expect(exportNotice('a.json', { name: 'a' })).toEqual({ kind: 'ok', text: 'Exported a.json.' });
    expect(exportNotice('a.json', { credentialLiterals: [{}, {}] })).toMatchObject({
      kind: 'warning',
      text: expect.stringContaining('2 values that look like credentials'),
    });
  });
});
