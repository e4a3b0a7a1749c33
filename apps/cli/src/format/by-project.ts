import type { Finding } from '@unleak/core';

/** Heading of the findings no project owns (root files, tooling folders). */
export const NO_PROJECT = '(no project)';

/**
 * Findings reordered project by project (projects by name, findings no project owns last), keeping
 * their order within a project; unchanged when they span fewer than two groups.
 */
export function inProjectOrder(findings: readonly Finding[]): Finding[] {
  const groups = groupsOf(findings);
  return groups.length < 2 ? [...findings] : groups.flatMap(([, list]) => list);
}

/**
 * For the first file of each project group, its heading (`project api · 3 findings`); empty when the
 * findings span fewer than two groups, so a single-project or non-Nx report looks as it always did.
 */
export function projectHeadings(findings: readonly Finding[]): Map<string, string> {
  const groups = groupsOf(findings);
  const headings = new Map<string, string>();
  if (groups.length < 2) return headings;
  for (const [project, list] of groups) {
    const first = list[0];
    if (first) headings.set(first.file, `${project === NO_PROJECT ? NO_PROJECT : `project ${project}`} · ${list.length} ${list.length === 1 ? 'finding' : 'findings'}`);
  }
  return headings;
}

function groupsOf(findings: readonly Finding[]): Array<[string, Finding[]]> {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = f.project ?? NO_PROJECT;
    const list = groups.get(key);
    if (list) list.push(f);
    else groups.set(key, [f]);
  }
  return [...groups].sort(([a], [b]) => (a === NO_PROJECT ? 1 : b === NO_PROJECT ? -1 : a.localeCompare(b)));
}
