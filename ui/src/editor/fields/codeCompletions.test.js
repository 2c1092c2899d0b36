import { describe, expect, it } from 'vitest';
import { codeOptions, scriptPath, syntaxPosition } from './codeCompletions.js';

describe('code completions', () => {
  it('writes upstream results as steps members', () => {
    expect(scriptPath('param-1.result.age')).toBe("steps['param-1'].age");
    expect(scriptPath('logic.result')).toBe('steps.logic');
    expect(scriptPath('request.body')).toBe('request.body');
    expect(scriptPath('input.token')).toBe('input.token');
  });

  it('offers the variables first, then each path once', () => {
    const options = codeOptions([
      { path: 'request.body', detail: 'the JSON body' },
      { path: 'input', detail: 'previous' },
      { path: 'jwt-1.result.token', detail: 'JWT' },
    ]);
    expect(options.map((o) => o.label)).toEqual([
      'input',
      'request',
      'steps',
      'loop',
      'request.body',
      "steps['jwt-1'].token",
    ]);
  });

  it('reads the user line and column out of a syntax message', () => {
    expect(syntaxPosition('Expected ; but found x (line 3, column 7)')).toEqual({ line: 3, column: 7 });
    expect(syntaxPosition('code is required')).toBeNull();
  });
});
