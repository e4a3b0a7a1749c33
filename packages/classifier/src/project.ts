import type { ProjectLookup, ProjectRoot } from './types.js';

/** The project owning `file`: the deepest root containing it. A fallback root owns nothing here. */
export function projectLookup(roots: ProjectRoot[]): ProjectLookup {
  const sorted = roots.filter((p) => !p.fallback).sort((a, b) => b.root.length - a.root.length);
  return (file) => sorted.find((p) => p.root === '' || file === p.root || file.startsWith(`${p.root}/`))?.name;
}

/** The repository's own name, for files that neither a manifest nor a top folder claims. */
export function fallbackProject(roots: ProjectRoot[]): string | undefined {
  return roots.find((p) => p.fallback)?.name;
}

/** Top folders that hold tooling, CI or infrastructure for the whole repository, not a project of their own. */
const NOT_A_PROJECT = new Set([
  'ansible', 'bin', 'build', 'charts', 'ci', 'conf', 'config', 'configs', 'deploy', 'deployment', 'deployments', 'doc', 'docker',
  'docs', 'env', 'environments', 'etc', 'examples', 'helm', 'infra', 'infrastructure', 'k8s', 'kubernetes', 'lib', 'scripts',
  'secrets', 'spec', 'src', 'terraform', 'test', 'tests', 'tools', 'vendor',
]);
/** Top folders that hold projects: the project is the folder below (`services/billing/…` → `billing`). */
const CONTAINERS = new Set(['apps', 'packages', 'libs', 'services', 'modules', 'projects', 'components', 'cmd']);

/**
 * Fallback when no manifest owns the file: its top folder (or, under `apps/`, `services/`…, the folder
 * below). Dot-folders (`.github`, `.gitlab`, `.circleci`, `.docker`…), tooling and infrastructure folders
 * and files at the root name no project: undefined.
 */
export function topFolder(file: string): string | undefined {
  const segments = file.split('/');
  if (segments.length < 2) return undefined;
  const top = segments[0] ?? '';
  if (top === '' || top.startsWith('.') || NOT_A_PROJECT.has(top.toLowerCase())) return undefined;
  if (CONTAINERS.has(top.toLowerCase())) {
    const child = segments[1] ?? '';
    return segments.length > 2 && child !== '' && !child.startsWith('.') ? child : undefined;
  }
  return top;
}

/** A repository or folder name made safe for every store's names: `Legacy Shop@2` → `Legacy-Shop-2`. */
export function storeSafeName(name: string): string | undefined {
  const safe = name.replace(/[^A-Za-z0-9_.-]+/g, '-').replace(/^[-.]+|[-.]+$/g, '');
  return safe === '' ? undefined : safe;
}
