/** The public URL path of an endpoint: /api/{owner}/{project}{path}. */
export function apiUrl(project, path) {
  const p = path?.startsWith('/') ? path : `/${path || ''}`;
  return `/api/${project.owner}/${project.slug}${p === '/' ? '' : p}`;
}
