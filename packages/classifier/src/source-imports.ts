import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { projectOwner, type WorkspaceProject } from './project-graph.js';
import { dirnamePosix, joinPosix, workspaceFiles } from './workspace-walk.js';

/**
 * Project-to-project edges from JS/TS sources, as Nx's JS plugin finds them when it analyses source
 * files: `import … from`, `export … from`, `import()`, `require()` of a relative path into another
 * project, of a tsconfig `paths` alias, or of a package the package manager's workspaces list (or a
 * subpath of one). Read with
 * patterns, not a parser: an import in a comment counts too, which can only add affected projects.
 */
const SOURCE_FILE = /\.(?:[cm]?[jt]sx?)$/;
const SPECIFIERS = [
  /\b(?:import|export)\s[^'";]*?\bfrom\s*['"]([^'"\n]+)['"]/g,
  /\bimport\s*['"]([^'"\n]+)['"]/g,
  /\b(?:import|require)\s*\(\s*['"]([^'"\n]+)['"]\s*\)/g,
];
/** Generated bundles, not sources: Nx's file map would hold them, but their imports are the build's. */
const MAX_SOURCE_BYTES = 1024 * 1024;

export interface PathAliases {
  /** tsconfig `compilerOptions.paths`, keys as written (`@acme/ui`, `@acme/ui/*`). */
  paths: Record<string, string[]>;
  /** The folder `paths` targets are relative to, relative to the workspace root ('' for the root). */
  baseUrl: string;
}

/** Project name → the projects its sources import. */
export function sourceDependencies(root: string, projects: WorkspaceProject[], aliases: PathAliases | undefined): Map<string, Set<string>> {
  const owner = projectOwner({ projects });
  const byPackage = projects.filter((p) => p.packageName && p.inPackageWorkspaces).sort((a, b) => (b.packageName?.length ?? 0) - (a.packageName?.length ?? 0));
  const resolveTarget = (from: string, specifier: string): string | undefined => {
    if (specifier.startsWith('.')) return owner(joinPosix(dirnamePosix(from), specifier));
    const aliased = aliasTarget(specifier, aliases);
    if (aliased !== undefined) return owner(aliased);
    return byPackage.find((p) => specifier === p.packageName || specifier.startsWith(`${p.packageName}/`))?.name;
  };
  const edges = new Map<string, Set<string>>();
  for (const file of workspaceFiles(root)) {
    if (!SOURCE_FILE.test(file)) continue;
    const source = owner(file);
    if (source === undefined) continue;
    let text: string;
    try {
      if (statSync(join(root, file)).size > MAX_SOURCE_BYTES) continue;
      text = readFileSync(join(root, file), 'utf8');
    } catch {
      continue;
    }
    for (const specifier of specifiersIn(text)) {
      const target = resolveTarget(file, specifier);
      if (target === undefined || target === source) continue;
      const set = edges.get(source);
      if (set) set.add(target);
      else edges.set(source, new Set([target]));
    }
  }
  return edges;
}

function specifiersIn(text: string): Set<string> {
  const found = new Set<string>();
  for (const pattern of SPECIFIERS) for (const m of text.matchAll(pattern)) if (m[1]) found.add(m[1]);
  return found;
}

/** The workspace path an alias import points at (`@acme/ui/button` with `@acme/ui/*` → `libs/ui/src/button`). */
function aliasTarget(specifier: string, aliases: PathAliases | undefined): string | undefined {
  if (!aliases) return undefined;
  const exact = aliases.paths[specifier]?.[0];
  if (exact !== undefined) return joinPosix(aliases.baseUrl, exact);
  for (const [key, targets] of Object.entries(aliases.paths)) {
    const star = key.indexOf('*');
    const target = targets[0];
    if (star < 0 || target === undefined) continue;
    const before = key.slice(0, star);
    const after = key.slice(star + 1);
    if (specifier.length >= before.length + after.length && specifier.startsWith(before) && specifier.endsWith(after)) {
      return joinPosix(aliases.baseUrl, target.replace('*', specifier.slice(before.length, specifier.length - after.length)));
    }
  }
  return undefined;
}
