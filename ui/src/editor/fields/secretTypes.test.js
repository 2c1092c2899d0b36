import { describe, expect, it } from 'vitest';
import { HTTP_CALL } from '../model/descriptors.fixture.js';
import { formFields } from '../forms/schemaFields.js';
import { acceptedTypes, kindText, namesOfTypes } from './secretTypes.js';

const SECRETS = [
  { name: 'signing', type: 'jwt' },
  { name: 'stripe', type: 'apiKey' },
  { name: 'github', type: 'bearer' },
  { name: 'db', type: 'mongodb' },
  { name: 'legacy', type: 'basic' },
];

describe('secret fields of several types', () => {
  it('offers only apiKey, bearer and basic secrets to the http node', () => {
    const field = formFields(HTTP_CALL).find((f) => f.name === 'secret');
    expect(field.control).toBe('secret');
    expect(field.secretTypes).toEqual(['apiKey', 'bearer', 'basic']);
    expect(namesOfTypes(SECRETS, field.secretTypes)).toEqual(['stripe', 'github', 'legacy']);
  });

  it('names the accepted kinds in the hint', () => {
    expect(kindText(acceptedTypes(HTTP_CALL, 'secret'))).toBe('apiKey, bearer or basic secret');
    expect(kindText(['jwt'])).toBe('jwt secret');
    expect(kindText([])).toBe('secret');
  });

  it('lists every secret when no type is given', () => {
    expect(namesOfTypes(SECRETS, [])).toHaveLength(5);
  });
});
