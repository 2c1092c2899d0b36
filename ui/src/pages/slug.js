/** A URL slug from a name: lowercase a-z, 0-9 and dashes, at most 64 characters. */
export function slugify(name) {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64);
}
