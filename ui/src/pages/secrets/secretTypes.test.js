import { describe, expect, it } from 'vitest';
import { SECRET_TYPES, placementText, secretBody } from './secretTypes.js';

describe('the secret form', () => {
  it('offers the credential types next to jwt and mongodb', () => {
    expect(SECRET_TYPES.map(([id]) => id)).toEqual(['jwt', 'mongodb', 'apiKey', 'bearer', 'basic']);
  });

  it('sends an apiKey with where it goes, and keeps the stored placement when the name is left empty', () => {
    expect(secretBody({ type: 'apiKey', value: 'k1', placement: { in: 'query', name: 'api_key' } })).toEqual({
      type: 'apiKey',
      value: 'k1',
      metadata: { in: 'query', name: 'api_key' },
    });
    expect(secretBody({ type: 'apiKey', value: 'k2', placement: { in: 'header', name: '' } })).toEqual({
      type: 'apiKey',
      value: 'k2',
    });
  });

  it('sends other types without metadata and a generated jwt without a value', () => {
    expect(secretBody({ type: 'bearer', value: 't', placement: { in: 'header', name: 'X' } })).toEqual({
      type: 'bearer',
      value: 't',
    });
    expect(secretBody({ type: 'jwt', value: '', generate: true })).toEqual({ type: 'jwt', generate: true });
  });

  it('shows an apiKey placement in the list', () => {
    expect(placementText({ in: 'header', name: 'X-Api-Key' })).toBe('header X-Api-Key');
    expect(placementText(undefined)).toBe('');
  });
});
