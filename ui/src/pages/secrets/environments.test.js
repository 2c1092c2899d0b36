import { createElement as h } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import EnvironmentBadges from './EnvironmentBadges.jsx';
import EnvironmentsPanel from './EnvironmentsPanel.jsx';
import SecretForm from './SecretForm.jsx';
import StagedActions from './StagedActions.jsx';
import TestUsesLiveToggle from './TestUsesLiveToggle.jsx';
import { badges, environmentNames, putBody, stagedVersions, testRunsBlocked } from './environments.js';

const PROJECT = { id: 'p1', role: 'owner' };
const DB = {
  name: 'db',
  type: 'mongodb',
  version: 1,
  testUsesLive: false,
  environments: [
    { name: 'live', hasValue: true, version: 1, staged: { version: 3, stagedAt: 'x', stagedBy: 'ada' } },
    { name: 'test', hasValue: true, version: 2, staged: null },
    { name: 'staging', hasValue: false, version: null, staged: null },
  ],
};
const LIVE_ONLY = {
  ...DB,
  environments: [
    { name: 'live', hasValue: true, version: 1, staged: null },
    { name: 'test', hasValue: false, version: null, staged: null },
  ],
};

describe('a secret per environment', () => {
  it('has a badge per environment saying whether it holds a value and a staged version', () => {
    expect(badges(DB)).toEqual([
      { name: 'live', hasValue: true, text: 'live v1', staged: 'staged v3' },
      { name: 'test', hasValue: true, text: 'test v2', staged: null },
      { name: 'staging', hasValue: false, text: 'staging —', staged: null },
    ]);
    const html = renderToStaticMarkup(h(EnvironmentBadges, { secret: DB }));
    expect(html).toContain('data-testid="env-badge-live"');
    expect(html).toMatch(/class="env-badge no-value" data-testid="env-badge-staging"/);
    expect(html).toContain('data-testid="env-staged-live"');
    expect(html).not.toContain('env-staged-test');
    expect(renderToStaticMarkup(h(EnvironmentBadges, { secret: { name: 'x' } }))).not.toContain('env-badge ');
  });

  it('writes a value for one environment, staged or not, and live by default', () => {
    expect(putBody({ type: 'mongodb', value: 'u', environment: 'live', stage: false })).toEqual({
      type: 'mongodb',
      value: 'u',
    });
    expect(putBody({ type: 'mongodb', value: 'u', environment: 'test', stage: true })).toEqual({
      type: 'mongodb',
      value: 'u',
      environment: 'test',
      stage: true,
    });
    expect(putBody({ type: 'jwt', value: '', generate: true, environment: 'staging' })).toEqual({
      type: 'jwt',
      generate: true,
      environment: 'staging',
    });
  });

  it('lists the project environments, or live and test when they are unknown', () => {
    expect(environmentNames([{ name: 'live' }, { name: 'test' }, { name: 'staging' }])).toEqual([
      'live',
      'test',
      'staging',
    ]);
    expect(environmentNames(null)).toEqual(['live', 'test']);
  });

  it('offers promote and discard for each staged version only', () => {
    expect(stagedVersions(DB)).toEqual([{ environment: 'live', version: 3, by: 'ada' }]);
    const html = renderToStaticMarkup(h(StagedActions, { project: PROJECT, secret: DB, onChanged: () => {} }));
    expect(html).toContain('data-testid="promote-live"');
    expect(html).toContain('data-testid="discard-live"');
    expect(html).toContain('v3 staged by ada');
    expect(html).not.toContain('promote-test');
    expect(renderToStaticMarkup(h(StagedActions, { project: PROJECT, secret: LIVE_ONLY }))).toBe('');
  });

  it('warns that test runs fail when there is no test value and test runs may not use live', () => {
    expect(testRunsBlocked(LIVE_ONLY)).toBe(true);
    expect(testRunsBlocked({ ...LIVE_ONLY, testUsesLive: true })).toBe(false);
    expect(testRunsBlocked(DB)).toBe(false);
    const blocked = renderToStaticMarkup(h(TestUsesLiveToggle, { project: PROJECT, secret: LIVE_ONLY }));
    expect(blocked).toContain('data-testid="test-runs-blocked-db"');
    expect(blocked).toMatch(/<input type="checkbox" data-testid="test-uses-live-db"\/>/);
    const allowed = renderToStaticMarkup(
      h(TestUsesLiveToggle, { project: PROJECT, secret: { ...LIVE_ONLY, testUsesLive: true } }),
    );
    expect(allowed).toMatch(/<input type="checkbox" data-testid="test-uses-live-db" checked=""\/>/);
    expect(allowed).not.toContain('test-runs-blocked');
  });

  it('sets a value of an existing secret for the environment it was opened for, with a stage option', () => {
    const html = renderToStaticMarkup(
      h(SecretForm, {
        project: PROJECT,
        fixed: DB,
        environments: ['live', 'test', 'staging'],
        initialEnvironment: 'test',
        onSaved: () => {},
      }),
    );
    expect(html).toContain('<option value="test" selected="">test</option>');
    expect(html).toContain('<option value="staging">staging</option>');
    expect(html).toContain('data-testid="replace-stage"');
    expect(html).toContain('Set test value');
    expect(html).not.toContain('Add secret');
  });

  it('lists the environments, with a remove button for added ones only and the versions each serves', () => {
    const list = [
      { name: 'live', builtIn: true, deployed: [] },
      { name: 'test', builtIn: true, deployed: [] },
      { name: 'staging', builtIn: false, deployed: [{ workflowId: 'w1', name: 'Orders', version: 3 }] },
    ];
    const html = renderToStaticMarkup(
      h(EnvironmentsPanel, { project: PROJECT, environments: list, editable: true, onChanged: () => {} }),
    );
    expect(html).toContain('data-testid="remove-environment-staging"');
    expect(html).not.toContain('remove-environment-live');
    expect(html).not.toContain('remove-environment-test');
    expect(html).toContain('serves Orders v3');
    expect(html).toContain('data-testid="environment-add"');
    const readOnly = renderToStaticMarkup(
      h(EnvironmentsPanel, { project: PROJECT, environments: list, editable: false, onChanged: () => {} }),
    );
    expect(readOnly).not.toContain('remove-environment-');
    expect(readOnly).not.toContain('environment-add');
  });
});
