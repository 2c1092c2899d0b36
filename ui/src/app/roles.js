// What the caller's role in a project lets the UI offer (docs/TEAMS.md). The server enforces the same rules;
// the UI only hides what would be refused.

const RANK = { viewer: 1, editor: 2, owner: 3 };

const rank = (project) => RANK[project?.role] || 0;

/** Create, save, deploy, test-run, roll back workflows; put and delete secrets; see secret metadata. */
export const canEdit = (project) => rank(project) >= RANK.editor;

/** Change settings and members, delete the project. */
export const canAdminister = (project) => rank(project) >= RANK.owner;

export const ROLES = ['owner', 'editor', 'viewer'];
