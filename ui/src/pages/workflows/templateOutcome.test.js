import { describe, expect, it } from 'vitest';
import { templateOutcome } from './templateOutcome.js';

const workflows = [
  { id: '1', name: 'Sign up', method: 'POST', path: '/signup' },
  { id: '2', name: 'Log in', method: 'POST', path: '/login' },
  { id: '3', name: 'Me', method: 'GET', path: '/me' },
];

describe('templateOutcome', () => {
  it('lists the drafts and the secret created for the user', () => {
    const outcome = templateOutcome({
      workflows,
      secrets: [{ name: 'jwt', type: 'jwt', status: 'created' }],
      collections: [{ name: 'users', schema: 'created' }],
      ready: true,
    });
    expect(outcome).toEqual({
      ready: true,
      lines: [
        'Created 3 draft workflows: POST /signup, POST /login, GET /me.',
        'Created the jwt secret "jwt" with a random value.',
        'Deploy each workflow to serve it.',
      ],
    });
  });

  it('says which secrets are still to set and which schemas were kept', () => {
    const outcome = templateOutcome({
      workflows: workflows.slice(0, 1),
      secrets: [
        { name: 'jwt', type: 'jwt', status: 'missing' },
        { name: 'db', type: 'mongodb', status: 'missing' },
        { name: 'old', type: 'jwt', status: 'present' },
      ],
      collections: [{ name: 'users', schema: 'kept' }],
      ready: false,
    });
    expect(outcome.ready).toBe(false);
    expect(outcome.lines).toEqual([
      'Created 1 draft workflow: POST /signup.',
      'Set the jwt secret "jwt" and the mongodb secret "db" on the Secrets tab before deploying.',
      'Kept the existing schema of users.',
      'Then deploy each workflow to serve it.',
    ]);
  });

  it('copes with an answer without lists', () => {
    expect(templateOutcome({ ready: true }).lines).toEqual([
      'Created 0 draft workflows.',
      'Deploy each workflow to serve it.',
    ]);
  });
});
