import { globMatcher } from './glob.js';
import { joinPosix } from './workspace-walk.js';

/**
 * An Nx workspace's projects and the edges between them, as Nx builds them without running any code of
 * the workspace: package.json dependencies on other workspace packages, imports between projects' sources,
 * and project.json / package.json `implicitDependencies` (names, globs, `tag:x`, `!name` drops an edge,
 * whatever found it). Pure: `readWorkspace` reads.
 */
export interface WorkspaceProject {
  /** The Nx project name: project.json `name`, else package.json `nx.name`, else package.json `name`. */
  name: string;
  /** Relative folder, forward slashes, '' for a project at the workspace root. */
  root: string;
  tags: string[];
  /** The package.json `name`, which other packages depend on. */
  packageName?: string;
  /** Listed by the package manager's workspaces, so other projects' sources can import it by name. */
  inPackageWorkspaces?: boolean;
  /** Every package.json dependency section merged: package name → version range. */
  packageDependencies: Record<string, string>;
  /** As written: project names, globs, `tag:x`, and `!name` exclusions. */
  implicitDependencies: string[];
  /** Projects its JS/TS sources import, when the workspace analyses source files (see source-imports.ts). */
  sourceDependencies?: string[];
}

export interface ProjectGraph {
  projects: WorkspaceProject[];
  /** Project name → the projects it depends on. */
  dependencies: ReadonlyMap<string, ReadonlySet<string>>;
}

export function projectGraph(projects: WorkspaceProject[]): ProjectGraph {
  const byPackage = new Map(projects.filter((p) => p.packageName).map((p) => [p.packageName as string, p]));
  const dependencies = new Map<string, Set<string>>();
  for (const project of projects) {
    const deps = new Set<string>();
    for (const [packageName, range] of Object.entries(project.packageDependencies)) {
      const target = byPackage.get(packageName);
      if (target && target !== project && rangeMeansWorkspace(range, project.root, target.root)) deps.add(target.name);
    }
    for (const name of project.sourceDependencies ?? []) if (name !== project.name) deps.add(name);
    const positive = project.implicitDependencies.filter((d) => !d.startsWith('!'));
    const negative = project.implicitDependencies.filter((d) => d.startsWith('!')).map((d) => d.slice(1));
    for (const name of matchProjects(positive, projects).matched) if (name !== project.name) deps.add(name);
    for (const name of matchProjects(negative, projects).matched) deps.delete(name);
    dependencies.set(project.name, deps);
  }
  return { projects, dependencies };
}

/**
 * Whether a package.json range points at the workspace copy of a package. Nx also accepts a semver range
 * the workspace version satisfies; without a semver parser any other range counts as the workspace copy,
 * which can only add affected projects, never hide one.
 */
function rangeMeansWorkspace(range: string, fromRoot: string, targetRoot: string): boolean {
  if (range.startsWith('npm:')) return false;
  const local = /^(?:file|link):(.*)$/.exec(range);
  if (!local) return true;
  return joinPosix(fromRoot, local[1] ?? '') === targetRoot;
}

/**
 * Projects matching Nx-style patterns, as `nx run-many --projects` reads them: an exact name; `tag:x`; a
 * glob over names (`shop-*`), else over roots (`libs/**`); a plain word matches names containing it as a
 * whole word (`api` matches `@acme/api`, not `api-e2e`); `!pattern` removes. Patterns matching nothing
 * are returned in `unmatched`.
 */
export function matchProjects(patterns: string[], projects: WorkspaceProject[]): { matched: string[]; unmatched: string[] } {
  const matched = new Set<string>();
  const unmatched: string[] = [];
  const list = patterns.map((p) => p.trim()).filter((p) => p !== '');
  if (list[0]?.startsWith('!')) projects.forEach((p) => matched.add(p.name));
  for (const raw of list) {
    const exclude = raw.startsWith('!');
    const pattern = exclude ? raw.slice(1) : raw;
    const hits = projectsMatching(pattern, projects);
    if (hits.length === 0) unmatched.push(raw);
    for (const name of hits) {
      if (exclude) matched.delete(name);
      else matched.add(name);
    }
  }
  return { matched: projects.map((p) => p.name).filter((n) => matched.has(n)), unmatched };
}

function projectsMatching(pattern: string, projects: WorkspaceProject[]): string[] {
  if (pattern === '*') return projects.map((p) => p.name);
  if (pattern.startsWith('tag:')) return projects.filter((p) => p.tags.includes(pattern.slice(4))).map((p) => p.name);
  const exact = projects.find((p) => p.name === pattern);
  if (exact) return [exact.name];
  if (/[*?[\]{}()!]/.test(pattern)) {
    const test = globMatcher(pattern);
    const byName = projects.filter((p) => test(p.name));
    return (byName.length > 0 ? byName : projects.filter((p) => test(p.root))).map((p) => p.name);
  }
  const escaped = pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const word = new RegExp(`(?<![@a-zA-Z0-9-])${escaped}(?![@a-zA-Z0-9-])`, 'i');
  return projects.filter((p) => word.test(p.name)).map((p) => p.name);
}

/** The project owning `file` (relative to the workspace root): the one with the deepest root containing it. */
export function projectOwner(graph: Pick<ProjectGraph, 'projects'>): (file: string) => string | undefined {
  const deepestFirst = [...graph.projects].sort((a, b) => b.root.length - a.root.length);
  return (file) => deepestFirst.find((p) => p.root === '' || file === p.root || file.startsWith(`${p.root}/`))?.name;
}

/** Projects depending on any of `names`, directly or through others (the names themselves excluded). */
export function dependentsOf(graph: ProjectGraph, names: Iterable<string>): Map<string, string> {
  const dependents = new Map<string, string[]>();
  for (const [source, targets] of graph.dependencies) {
    for (const target of targets) {
      const list = dependents.get(target);
      if (list) list.push(source);
      else dependents.set(target, [source]);
    }
  }
  const start = new Set(names);
  const found = new Map<string, string>();
  const queue = [...start];
  while (queue.length > 0) {
    const name = queue.shift() as string;
    for (const dependent of dependents.get(name) ?? []) {
      if (start.has(dependent) || found.has(dependent)) continue;
      found.set(dependent, name);
      queue.push(dependent);
    }
  }
  return found;
}

/**
 * Root files whose change affects every project, as `nx affected` treats them (Nx looks closer at some:
 * which nx.json keys or package.json dependencies changed; marking everything is the safe superset for a
 * leak check).
 */
export const WORKSPACE_WIDE_FILES = [
  'nx.json',
  'package.json',
  'package-lock.json',
  'npm-shrinkwrap.json',
  'yarn.lock',
  'pnpm-lock.yaml',
  'pnpm-lock.yml',
  'pnpm-workspace.yaml',
  'bun.lock',
  'bun.lockb',
  'lerna.json',
  'tsconfig.base.json',
  'tsconfig.json',
] as const;

/** Why a project is affected: a file it owns changed, a project it depends on is affected, or a workspace-wide file changed. */
export type AffectedReason = { kind: 'changed'; file: string } | { kind: 'dependency'; on: string } | { kind: 'workspace'; file: string };

/**
 * `nx affected` over a list of changed files (relative to the workspace root): the projects owning them,
 * then their dependents, transitively; a changed workspace-wide root file (WORKSPACE_WIDE_FILES) affects all.
 * Files no project owns are returned in `unowned` (Nx runs nothing for them).
 */
export function affectedProjects(graph: ProjectGraph, changedFiles: string[]): { affected: Map<string, AffectedReason>; unowned: string[] } {
  const owner = projectOwner(graph);
  const affected = new Map<string, AffectedReason>();
  const unowned: string[] = [];
  const wide = new Set<string>(WORKSPACE_WIDE_FILES);
  for (const file of changedFiles) {
    if (wide.has(file)) {
      for (const p of graph.projects) if (!affected.has(p.name)) affected.set(p.name, { kind: 'workspace', file });
      continue;
    }
    const project = owner(file);
    if (project === undefined) unowned.push(file);
    else if (affected.get(project)?.kind !== 'changed') affected.set(project, { kind: 'changed', file });
  }
  for (const [name, via] of dependentsOf(graph, affected.keys())) affected.set(name, { kind: 'dependency', on: via });
  return { affected, unowned };
}
