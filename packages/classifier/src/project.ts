import type { ProjectLookup, ProjectRoot } from './types.js';

/** The project owning `file`: the deepest root containing it. */
export function projectLookup(roots: ProjectRoot[]): ProjectLookup {
  const sorted = [...roots].sort((a, b) => b.root.length - a.root.length);
  return (file) => sorted.find((p) => p.root === '' || file === p.root || file.startsWith(`${p.root}/`))?.name;
}

/** Fallback when no manifest owns the file: its top folder, else `app`. */
export function topFolder(file: string): string {
  const slash = file.indexOf('/');
  return slash > 0 ? file.slice(0, slash) : 'app';
}
