import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { globMatcher } from './glob.js';
import { projectGraph, type ProjectGraph, type WorkspaceProject } from './project-graph.js';
import { sourceDependencies, type PathAliases } from './source-imports.js';
import { dirnamePosix, workspaceFiles } from './workspace-walk.js';

/**
 * The one place that knows what a project of an Nx workspace is. Like Nx's own project-json and
 * package-json plugins, but reading files only (never the nx CLI, never a JS config):
 * - every `project.json` is a project (its folder, or its `root` field), named by its `name`;
 * - a `package.json` is a project when the package manager's workspaces list it (package.json
 *   `workspaces`, pnpm-workspace.yaml `packages`, lerna.json `packages`; `!glob` excludes), when it sits
 *   next to a project.json, or when it has an `nx` section (the root package.json only with one);
 * - names: project.json `name`, else package.json `nx.name`, else package.json `name`, else the folder.
 * Folders that are never projects (node_modules, build output, dot-folders) are not walked.
 * Edges: see project-graph.ts; imports between sources only with `sourceImports` (it reads every JS/TS
 * file) and only where Nx analyses them: an `@nx/js`-family package in the root package.json, or
 * nx.json `pluginsConfig['@nx/js']` not turning `analyzeSourceFiles` off.
 */
export interface Workspace extends ProjectGraph {
  /** Absolute path of the folder holding nx.json. */
  root: string;
  /** nx.json `defaultBase` (or the older `affected.defaultBase`): what `nx affected` compares with. */
  defaultBase?: string;
}

const MAX_DEPTH = 12;
/** Root dependencies that turn on Nx's analysis of imports in source files. */
const SOURCE_ANALYSING_PLUGINS = ['@nx/workspace', '@nx/js', '@nx/node', '@nx/next', '@nx/react', '@nx/angular', '@nx/web'];

/** The nearest folder holding nx.json, from `start` up to the file-system root; undefined outside Nx. */
export function findWorkspaceRoot(start: string): string | undefined {
  let dir = resolve(start);
  for (;;) {
    if (existsSync(join(dir, 'nx.json'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** The workspace rooted at `root` (which holds nx.json), or undefined when it has none. */
export function readWorkspace(root: string, options: { sourceImports?: boolean } = {}): Workspace | undefined {
  const abs = resolve(root);
  if (!existsSync(join(abs, 'nx.json'))) return undefined;
  const nxJson = readJson(join(abs, 'nx.json')) ?? {};
  const rootPackage = readJson(join(abs, 'package.json'));
  const inWorkspaces = workspacesMatcher(abs, rootPackage);
  const manifests = findManifests(abs);
  const projects = new Map<string, WorkspaceProject>();
  for (const [dir, files] of manifests) {
    const project = projectAt(abs, dir, files, inWorkspaces);
    if (project && ![...projects.values()].some((p) => p.name === project.name)) projects.set(project.root, project);
  }
  const list = [...projects.values()];
  if (options.sourceImports && analysesSourceFiles(nxJson, rootPackage)) {
    const imported = sourceDependencies(abs, list, pathAliases(abs));
    for (const p of list) p.sourceDependencies = [...(imported.get(p.name) ?? [])];
  }
  const defaultBase = stringField(nxJson, 'defaultBase') ?? stringField(objectField(nxJson, 'affected'), 'defaultBase');
  return { root: abs, ...projectGraph(list), ...(defaultBase ? { defaultBase } : {}) };
}

/** Folders holding a project.json or package.json, relative, with which of the two they hold, shallowest first. */
function findManifests(root: string): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  for (const file of workspaceFiles(root, MAX_DEPTH)) {
    const name = file.slice(file.lastIndexOf('/') + 1);
    if (name !== 'project.json' && name !== 'package.json') continue;
    const dir = dirnamePosix(file);
    const set = found.get(dir);
    if (set) set.add(name);
    else found.set(dir, new Set([name]));
  }
  return new Map([...found].sort(([a], [b]) => a.split('/').length - b.split('/').length || a.localeCompare(b)));
}

/** Whether Nx would analyse imports in source files here (its JS plugin's defaults). */
function analysesSourceFiles(nxJson: unknown, rootPackage: unknown): boolean {
  const configured = objectField(objectField(nxJson, 'pluginsConfig'), '@nx/js');
  if (configured) return configured['analyzeSourceFiles'] !== false;
  const deps = { ...objectField(rootPackage, 'dependencies'), ...objectField(rootPackage, 'devDependencies') };
  return SOURCE_ANALYSING_PLUGINS.some((p) => p in deps);
}

/** The root tsconfig's `paths` (tsconfig.base.json, else tsconfig.json), which Nx resolves imports with. */
function pathAliases(root: string): PathAliases | undefined {
  for (const file of ['tsconfig.base.json', 'tsconfig.json']) {
    const options = objectField(readJsonc(join(root, file)), 'compilerOptions');
    const paths = objectField(options, 'paths');
    if (!paths) continue;
    const lists = Object.entries(paths).map(([k, v]) => [k, Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []] as const);
    return { paths: Object.fromEntries(lists), baseUrl: (stringField(options, 'baseUrl') ?? '.').replace(/^\.\/?/, '') };
  }
  return undefined;
}

/** JSON with the comments and trailing commas tsconfig files allow. */
function readJsonc(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const withoutComments = text.replace(/("(?:[^"\\]|\\.)*")|\/\/[^\n]*|\/\*[\s\S]*?\*\//g, (_m, str: string | undefined) => str ?? '');
  try {
    return JSON.parse(withoutComments.replace(/,(\s*[}\]])/g, '$1')) as unknown;
  } catch {
    return undefined;
  }
}

function projectAt(root: string, dir: string, files: Set<string>, inWorkspaces: (packageJsonPath: string) => boolean): WorkspaceProject | undefined {
  const projectJson = files.has('project.json') ? readJson(join(root, dir, 'project.json')) : undefined;
  const packageJson = files.has('package.json') ? readJson(join(root, dir, 'package.json')) : undefined;
  const packageJsonPath = dir === '' ? 'package.json' : `${dir}/package.json`;
  const nxSection = objectField(packageJson, 'nx');
  const inPackageWorkspaces = packageJson !== undefined && (dir === '' ? nxSection !== undefined : inWorkspaces(packageJsonPath));
  const packageIsProject = packageJson !== undefined && (projectJson !== undefined || nxSection !== undefined || inPackageWorkspaces);
  if (projectJson === undefined && !packageIsProject) return undefined;
  const packageName = packageIsProject ? stringField(packageJson, 'name') : undefined;
  const name = stringField(projectJson, 'name') ?? stringField(nxSection, 'name') ?? packageName ?? (dir === '' ? undefined : dir.split('/').pop());
  if (name === undefined) return undefined;
  const declaredRoot = stringField(projectJson, 'root');
  return {
    name,
    root: declaredRoot !== undefined ? normalizeRoot(declaredRoot) : dir,
    tags: [...new Set([...stringList(projectJson, 'tags'), ...stringList(nxSection, 'tags')])],
    ...(packageName ? { packageName, inPackageWorkspaces } : {}),
    packageDependencies: packageIsProject ? dependenciesOf(packageJson) : {},
    implicitDependencies: [...stringList(nxSection, 'implicitDependencies'), ...stringList(projectJson, 'implicitDependencies')],
  };
}

/** Nx reads the sections from least to most important, so `dependencies` wins a name listed twice. */
const DEPENDENCY_SECTIONS = ['optionalDependencies', 'peerDependencies', 'devDependencies', 'dependencies'];

function dependenciesOf(packageJson: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const section of DEPENDENCY_SECTIONS) {
    const deps = objectField(packageJson, section);
    for (const [name, range] of Object.entries(deps ?? {})) if (typeof range === 'string') out[name] = range;
  }
  return out;
}

/** Package-manager workspace globs (npm/yarn `workspaces`, pnpm-workspace.yaml, lerna.json) as a package.json path test. */
function workspacesMatcher(root: string, rootPackage: unknown): (packageJsonPath: string) => boolean {
  const workspaces = (rootPackage as { workspaces?: unknown } | undefined)?.workspaces;
  const patterns = [...(Array.isArray(workspaces) ? workspaces : stringList(workspaces, 'packages'))];
  if (existsSync(join(root, 'pnpm-workspace.yaml'))) {
    try {
      patterns.push(...stringList(parseYaml(readFileSync(join(root, 'pnpm-workspace.yaml'), 'utf8')), 'packages'));
    } catch {
      // An unreadable pnpm-workspace.yaml lists nothing, as Nx warns and goes on.
    }
  }
  if (existsSync(join(root, 'lerna.json'))) {
    const lerna = stringList(readJson(join(root, 'lerna.json')), 'packages');
    patterns.push(...(lerna.length > 0 ? lerna : ['packages/*']));
  }
  const globs = patterns.filter((p): p is string => typeof p === 'string').map(toPackageJsonGlob);
  const positive = globs.filter((g) => !g.startsWith('!'));
  const negative = globs.filter((g) => g.startsWith('!')).map((g) => g.slice(1));
  if (negative.length > 0 && positive.length === 0) positive.push('**/package.json');
  if (positive.length === 0) return () => false;
  const included = globMatcher(positive);
  const excluded = negative.length > 0 ? globMatcher(negative) : () => false;
  return (path) => included(path) && !excluded(path);
}

function toPackageJsonGlob(pattern: string): string {
  const exclude = pattern.startsWith('!');
  let glob = (exclude ? pattern.slice(1) : pattern).replace(/^\.\//, '').replace(/\/+$/, '');
  if (!glob.endsWith('package.json')) glob = `${glob}/package.json`;
  return exclude ? `!${glob}` : glob;
}

function normalizeRoot(root: string): string {
  const trimmed = root.replace(/\\/g, '/').replace(/^\.\/?/, '').replace(/\/+$/, '');
  return trimmed === '.' ? '' : trimmed;
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}

function objectField(value: unknown, key: string): Record<string, unknown> | undefined {
  const field = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  return field !== null && typeof field === 'object' && !Array.isArray(field) ? (field as Record<string, unknown>) : undefined;
}

function stringField(value: unknown, key: string): string | undefined {
  const field = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  return typeof field === 'string' && field !== '' ? field : undefined;
}

function stringList(value: unknown, key: string): string[] {
  const field = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  return Array.isArray(field) ? field.filter((x): x is string => typeof x === 'string') : [];
}
