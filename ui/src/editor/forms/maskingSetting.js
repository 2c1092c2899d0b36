// The workflow's trace masking setting ("masking" in the document), edited on the API Start form.
// No setting at all is the default: credential-like names masked, no extra or excepted names.

/** A comma-separated list of names as an array (blank entries dropped). */
export function namesOf(text) {
  return (text || '')
    .split(',')
    .map((n) => n.trim())
    .filter((n) => n !== '');
}

/** The setting with one field changed; null when what is left is the default. */
export function withMasking(masking, key, value) {
  const next = { names: true, extraNames: [], exceptNames: [], ...(masking || {}), [key]: value };
  const out = {};
  if (next.names === false) out.names = false;
  if (next.extraNames.length > 0) out.extraNames = next.extraNames;
  if (next.exceptNames.length > 0) out.exceptNames = next.exceptNames;
  return Object.keys(out).length === 0 ? null : out;
}
