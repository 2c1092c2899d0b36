import { describe, expect, it } from 'vitest';
import { curlFor, exampleOf } from './curl.js';

describe('curlFor', () => {
  it('fills path parameters and required query parameters with examples', () => {
    const op = {
      parameters: [
        { name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 5 } },
        { name: 'q', in: 'query', required: true, schema: { type: 'string', enum: ['a', 'b'] } },
        { name: 'page', in: 'query', required: false, schema: { type: 'integer' } },
      ],
    };
    expect(curlFor('http://h/api/o/p', '/users/{id}', 'get', op)).toBe("curl -X GET 'http://h/api/o/p/users/5?q=a'");
  });

  it('sends a JSON body built from the schema and a bearer header when secured', () => {
    const op = {
      security: [{ bearerAuth: [] }],
      requestBody: {
        content: {
          'application/json': {
            schema: { type: 'object', properties: { name: { type: 'string' }, n: { type: 'integer', default: 3 } } },
          },
        },
      },
    };
    expect(curlFor('http://h', '/x', 'post', op)).toBe(
      'curl -X POST \'http://h/x\' -H "Authorization: Bearer $TOKEN" -H \'Content-Type: application/json\' -d \'{"name":"text","n":3}\'',
    );
  });

  it('quotes single quotes for the shell', () => {
    expect(curlFor("http://h/it's", '/x', 'get', {})).toBe("curl -X GET 'http://h/it'\\''s/x'");
  });
});

describe('exampleOf', () => {
  it('prefers example, then default, then enum, then the type', () => {
    expect(exampleOf({ type: 'string', example: 'e', default: 'd' })).toBe('e');
    expect(exampleOf({ type: 'boolean' })).toBe(true);
    expect(exampleOf({ type: ['null', 'number'] })).toBe(1);
  });
});
