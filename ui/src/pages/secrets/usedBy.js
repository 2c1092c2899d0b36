/** `usedBy` as text: workflow names (or ids) that reference the secret. */
export function usedByText(usedBy) {
  if (!usedBy || usedBy.length === 0) return 'nothing';
  return usedBy.map((u) => (typeof u === 'string' ? u : u.name || u.workflowName || u.id || u.workflowId)).join(', ');
}
