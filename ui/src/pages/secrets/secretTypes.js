/** The secret types the Secrets page offers, with what their value looks like. */
export const SECRET_TYPES = [
  ['jwt', 'jwt — HMAC signing secret'],
  ['mongodb', 'mongodb — connection URL'],
  ['apiKey', 'apiKey — a key for another API (header or query)'],
  ['bearer', 'bearer — a token sent as Authorization: Bearer'],
  ['basic', 'basic — user:password for Authorization: Basic'],
];

export const VALUE_HINTS = {
  jwt: 'At least 32 bytes',
  mongodb: 'mongodb://user:password@host:27017/db',
  apiKey: 'The key alone, no spaces',
  bearer: 'The token alone, without "Bearer "',
  basic: 'user:password',
};

/**
 * The body of a PUT for the form's state: a jwt may be generated; an apiKey carries where it goes as metadata
 * (a replace that leaves the placement empty keeps the stored one).
 */
export function secretBody({ type, value, generate, placement }) {
  if (type === 'jwt' && generate) return { type, generate: true };
  const body = { type, value };
  if (type === 'apiKey' && placement?.name) body.metadata = { in: placement.in || 'header', name: placement.name };
  return body;
}

/** "header X-Api-Key" or "query api_key" for an apiKey's metadata; empty for others. */
export function placementText(metadata) {
  return metadata?.in && metadata?.name ? `${metadata.in} ${metadata.name}` : '';
}
