/** A one-line summary of what a version changed from the one before it (as far as the versions list tells). */
export function versionChanges(version, previous) {
  if (!previous) return 'first version';
  const changes = [];
  if (version.name !== previous.name) changes.push(`renamed from “${previous.name}”`);
  if (version.method !== previous.method) changes.push(`method ${previous.method} → ${version.method}`);
  if (version.path !== previous.path) changes.push(`path ${previous.path} → ${version.path}`);
  return changes.length ? changes.join(', ') : 'same route; nodes may differ';
}
