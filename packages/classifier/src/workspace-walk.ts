import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Folders that hold no project and no source of one: dependencies, build output, caches, dot-folders. */
const NOT_WALKED = new Set(['node_modules', 'dist', 'build', 'out', 'target', 'vendor', 'coverage', 'tmp', '__pycache__', 'venv']);

/**
 * Every file of a workspace, relative with forward slashes, by folder (a folder's files before its
 * subfolders'), down to `maxDepth` folders below the root.
 */
export function* workspaceFiles(root: string, maxDepth = Infinity): Generator<string> {
  const stack: Array<{ rel: string; depth: number }> = [{ rel: '', depth: 0 }];
  while (stack.length > 0) {
    const { rel, depth } = stack.pop() as { rel: string; depth: number };
    let entries: import('node:fs').Dirent[];
    try {
      entries = readdirSync(rel === '' ? root : join(root, rel), { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      const path = rel === '' ? e.name : `${rel}/${e.name}`;
      if (e.isFile()) yield path;
      else if (e.isDirectory() && depth < maxDepth && !NOT_WALKED.has(e.name) && !e.name.startsWith('.')) stack.push({ rel: path, depth: depth + 1 });
    }
  }
}

/** `base` joined with a relative path, `..` and `.` resolved, forward slashes ('' for the root). */
export function joinPosix(base: string, rel: string): string {
  const out: string[] = base === '' ? [] : base.split('/');
  for (const segment of rel.split('/')) {
    if (segment === '..') out.pop();
    else if (segment !== '.' && segment !== '') out.push(segment);
  }
  return out.join('/');
}

export function dirnamePosix(file: string): string {
  const slash = file.lastIndexOf('/');
  return slash < 0 ? '' : file.slice(0, slash);
}
