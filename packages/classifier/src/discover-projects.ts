import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { basename, join, relative, resolve, sep } from 'node:path';
import { storeSafeName } from './project.js';
import type { ProjectRoot } from './types.js';
import { findWorkspaceRoot, readWorkspace } from './workspace.js';

/**
 * Project roots of a repository, for the classifier's `projects` option. In an Nx workspace (nx.json at
 * the root or above it) the projects are Nx's (`readWorkspace`, the one place that knows what an Nx
 * project is), under their store-safe unscoped names, so a migrated secret's name uses the project a scan
 * attributes its finding to; elsewhere the nearest manifest names the module: package.json `name`,
 * go.mod `module`, pyproject `name`, pom.xml `artifactId`. When no manifest names the root, the root folder's basename comes last as a
 * `fallback` root: the project of files no other project or top folder claims; when an unnamed manifest
 * (`manage.py`, `requirements.txt`, `build.gradle`…) makes the root one application, it is that
 * application's project and owns its top folders too. With workspace.ts, the only modules here that
 * read the file system.
 */
const SKIP = new Set(['node_modules', '.git', 'dist', 'build', 'out', 'target', 'vendor', '.nx', 'coverage', '.venv', 'venv', '__pycache__']);
const MAX_DEPTH = 6;

export function discoverProjects(root: string): ProjectRoot[] {
  const nxProjects = nxProjectsSeenFrom(root);
  const nx = nxProjects !== undefined;
  const found: ProjectRoot[] = [...(nxProjects ?? [])];
  const walk = (rel: string, depth: number): void => {
    const dir = rel === '' ? root : join(root, rel);
    let entries: import('node:fs').Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    const files = new Set(entries.filter((e) => e.isFile()).map((e) => e.name));
    const manifestName = projectName(dir, files);
    const name = manifestName === undefined ? undefined : storeSafeName(manifestName);
    if (name && !found.some((p) => p.root === rel)) found.push({ root: rel, name });
    if (depth >= MAX_DEPTH || nx) return;
    for (const e of entries) {
      if (e.isDirectory() && !SKIP.has(e.name) && !e.name.startsWith('.')) walk(rel === '' ? e.name : `${rel}/${e.name}`, depth + 1);
    }
  };
  walk('', 0);
  const repository = storeSafeName(basename(resolve(root)));
  if (!found.some((p) => p.root === '') && repository) found.push(!nx && isSingleApplication(root) ? { root: '', name: repository } : { root: '', name: repository, fallback: true });
  return found;
}

/**
 * The Nx projects of the workspace holding `root`, with roots relative to `root`: those inside it, and the
 * deepest one containing it (as root '', owning the files no project inside claims). Undefined outside Nx.
 */
function nxProjectsSeenFrom(root: string): ProjectRoot[] | undefined {
  const workspaceRoot = findWorkspaceRoot(root);
  const workspace = workspaceRoot === undefined ? undefined : readWorkspace(workspaceRoot);
  if (workspaceRoot === undefined || !workspace) return undefined;
  const prefix = relative(workspaceRoot, resolve(root)).split(sep).join('/');
  const found: ProjectRoot[] = [];
  let container: ProjectRoot | undefined;
  for (const p of workspace.projects) {
    const name = storeSafeName(unscoped(p.name));
    if (!name) continue;
    if (prefix === '') found.push({ root: p.root, name });
    else if (p.root.startsWith(`${prefix}/`)) found.push({ root: p.root.slice(prefix.length + 1), name });
    else if ((p.root === '' || p.root === prefix || prefix.startsWith(`${p.root}/`)) && p.root.length >= (container?.root.length ?? -1)) container = { root: p.root, name };
  }
  return container ? [...found, { root: '', name: container.name }] : found;
}

/**
 * Manifests that make the root one application without naming it (a Django `manage.py`, a Gradle build):
 * its source folders (`shop/`, `orders/`) are that application's packages, not projects of their own.
 */
const UNNAMED_APP_MANIFESTS = ['manage.py', 'requirements.txt', 'Pipfile', 'setup.py', 'setup.cfg', 'Gemfile', 'build.gradle', 'build.gradle.kts', 'settings.gradle', 'settings.gradle.kts', 'mvnw'];

function isSingleApplication(root: string): boolean {
  return UNNAMED_APP_MANIFESTS.some((f) => existsSync(join(root, f)));
}

function projectName(dir: string, files: Set<string>): string | undefined {
  const read = (f: string): string | undefined => {
    try {
      return readFileSync(join(dir, f), 'utf8');
    } catch {
      return undefined;
    }
  };
  if (files.has('package.json')) {
    const name = jsonField(read('package.json'), 'name');
    if (name) return unscoped(name);
  }
  if (files.has('go.mod')) {
    const m = /^module\s+(\S+)/m.exec(read('go.mod') ?? '');
    if (m?.[1]) return m[1].split('/').pop();
  }
  if (files.has('pyproject.toml')) {
    const m = /^name\s*=\s*["']([^"']+)["']/m.exec(read('pyproject.toml') ?? '');
    if (m?.[1]) return m[1];
  }
  if (files.has('pom.xml')) {
    const withoutParent = (read('pom.xml') ?? '').replace(/<parent>[\s\S]*?<\/parent>/, '');
    const m = /<artifactId>\s*([^<\s]+)\s*<\/artifactId>/.exec(withoutParent);
    if (m?.[1]) return m[1];
  }
  return undefined;
}

function jsonField(text: string | undefined, field: string): string | undefined {
  if (text === undefined) return undefined;
  try {
    const value: unknown = (JSON.parse(text) as Record<string, unknown>)[field];
    if (typeof value === 'string') return value;
    return value === undefined ? undefined : JSON.stringify(value);
  } catch {
    return undefined;
  }
}

function unscoped(name: string): string {
  return name.startsWith('@') ? (name.split('/')[1] ?? name) : name;
}
