/**
 * Which secrets a secret field accepts. A descriptor may list one field several times in `secretFields`, once per
 * type it accepts (the http node's `secret`: apiKey, bearer or basic); no types means every secret.
 */
export function acceptedTypes(descriptor, name) {
  return (descriptor.secretFields || []).filter((s) => s.field === name).map((s) => s.secretType);
}

/** The names of the secrets of those types, in the list's order. */
export function namesOfTypes(secrets, types) {
  return secrets.filter((s) => !types?.length || types.includes(s.type)).map((s) => s.name);
}

/** "jwt secret", "apiKey, bearer or basic secret", "secret". */
export function kindText(types) {
  if (!types?.length) return 'secret';
  if (types.length === 1) return `${types[0]} secret`;
  return `${types.slice(0, -1).join(', ')} or ${types[types.length - 1]} secret`;
}
