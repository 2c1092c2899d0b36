// What the settings say about a project's old slugs: the hint while a new slug is typed, the old slugs that
// still redirect (docs/API.md, "Slug redirects"), and ending one.

const SLUG = /^[a-z0-9-]{1,64}$/;

/** The hint under the slug field: what saving the typed slug does to the current URLs. */
export function slugHint(project, typed) {
  if (typed === project.slug || !SLUG.test(typed ?? '')) {
    return 'Changing it moves every endpoint’s URL; the old URLs keep redirecting to the new ones for a while.';
  }
  const base = `/api/${project.owner}/`;
  return `Saving moves every endpoint to ${base}${typed}/…; ${base}${project.slug}/… will answer with a redirect (308) to it for 30 days by default, until you end it below.`;
}

/** The old slugs that still redirect at `now`, soonest to end first, with their URL prefix and end. */
export function redirectRows(project, now = new Date()) {
  return (project.slugRedirects ?? [])
    .filter((r) => new Date(r.until) > now)
    .sort((a, b) => new Date(a.until) - new Date(b.until))
    .map((r) => ({ slug: r.slug, prefix: `/api/${project.owner}/${r.slug}/`, until: r.until }));
}

/** Ends the redirect of `slug` now (the old URLs answer 404 and the slug is free), then reloads the project. */
export async function endRedirect(api, project, slug, onChanged) {
  await api.endSlugRedirect(project.id, slug);
  onChanged();
}
