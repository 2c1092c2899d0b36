import { createElement as h } from 'react';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../model/fixtures.js';
import { attributes, nodeTypesState, render } from '../testRender.js';
import LeakMove from './LeakMove.jsx';

const MONGO = { secretFields: [{ field: 'secret', secretType: 'mongodb' }] };
const leak = (detail) => ({ code: 'CREDENTIAL_LITERAL', severity: 'warning', field: detail.split('.')[0], detail });

function panel(problem, config) {
  const node = { id: 'find', data: { kind: 'mongodb', config } };
  const element = h(LeakMove, { projectId: 'p1', node, problem, descriptor: MONGO, setField: () => {} });
  return render(element, nodeTypesState(CATALOG));
}

describe('move to a secret, under a leak warning', () => {
  it('offers the move for a literal that fills a secret field, with a suggested name', () => {
    const html = panel(leak('secret'), { secret: 'mongodb://u:p@h/db' });
    expect(attributes(html, 'data-testid')).toContain('leak-move-button');
    expect(html).toContain('Move to a mongodb secret');
    expect(html).toContain('value="find_secret"');
    expect(html).not.toContain('mongodb://u:p@h/db');
  });

  it('explains why a literal elsewhere cannot be moved', () => {
    const html = panel(leak('filter.apiKey'), { filter: { apiKey: 'sk_live_x' } });
    expect(attributes(html, 'data-testid')).toEqual(['leak-cannot-move']);
    expect(html).toContain('only through');
  });
});
