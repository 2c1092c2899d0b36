import { createElement as h } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import GeneralSettings from './GeneralSettings.jsx';
import { endRedirect, redirectRows, slugHint } from './slugRedirects.js';

const NOW = new Date('2026-01-10T00:00:00Z');
const PROJECT = {
  id: 'p1',
  name: 'Shop',
  slug: 'store',
  owner: 'ada',
  slugRedirects: [
    { slug: 'market', until: '2026-02-01T00:00:00Z' },
    { slug: 'shop', until: '2026-01-20T00:00:00Z' },
    { slug: 'ended', until: '2026-01-09T00:00:00Z' },
  ],
};

describe('the slug hint', () => {
  it('says the old URLs will redirect to the typed slug', () => {
    expect(slugHint(PROJECT, 'boutique')).toBe(
      'Saving moves every endpoint to /api/ada/boutique/…; /api/ada/store/… will answer with a redirect (308) to it for 30 days by default, until you end it below.',
    );
  });

  it('says what a rename does while the slug is unchanged or not a valid slug', () => {
    for (const typed of ['store', '', 'Not Valid']) {
      expect(slugHint(PROJECT, typed)).toContain('the old URLs keep redirecting');
    }
  });
});

describe('the old slugs that redirect', () => {
  it('lists those still redirecting, soonest to end first, with their URL prefix', () => {
    expect(redirectRows(PROJECT, NOW)).toEqual([
      { slug: 'shop', prefix: '/api/ada/shop/', until: '2026-01-20T00:00:00Z' },
      { slug: 'market', prefix: '/api/ada/market/', until: '2026-02-01T00:00:00Z' },
    ]);
    expect(redirectRows({ ...PROJECT, slugRedirects: undefined }, NOW)).toEqual([]);
  });

  it('ends one through the API and reloads the project', async () => {
    const api = { endSlugRedirect: vi.fn().mockResolvedValue(undefined) };
    const onChanged = vi.fn();

    await endRedirect(api, PROJECT, 'shop', onChanged);

    expect(api.endSlugRedirect).toHaveBeenCalledWith('p1', 'shop');
    expect(onChanged).toHaveBeenCalledOnce();
  });

  it('does not reload when ending fails', async () => {
    const api = { endSlugRedirect: vi.fn().mockRejectedValue(new Error('gone')) };
    const onChanged = vi.fn();

    await expect(endRedirect(api, PROJECT, 'shop', onChanged)).rejects.toThrow('gone');
    expect(onChanged).not.toHaveBeenCalled();
  });
});

describe('the general settings', () => {
  it('show each redirecting slug with an end-now button', () => {
    const future = { ...PROJECT, slugRedirects: [{ slug: 'shop', until: '2999-01-01T00:00:00Z' }] };

    const html = renderToStaticMarkup(h(GeneralSettings, { project: future, onChanged: () => {} }));

    expect(html).toContain('data-testid="slug-redirect-shop"');
    expect(html).toContain('<code>/api/ada/shop/…</code>');
    expect(html).toContain('data-testid="end-slug-redirect-shop"');
    expect(html).toContain('End now');
    expect(html).toContain('the old URLs keep redirecting');
  });

  it('show no redirect list when no old slug redirects', () => {
    const html = renderToStaticMarkup(
      h(GeneralSettings, { project: { ...PROJECT, slugRedirects: [] }, onChanged() {} }),
    );

    expect(html).not.toContain('slug-redirects');
  });
});
