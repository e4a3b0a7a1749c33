import { lstat, readdir } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { UsageError } from '@unleak/core';
import { SKIPPED_DIRECTORIES, skipReasonForPath } from '../skip-rules.js';
import { IgnoreStack, toPosix } from './gitignore.js';

/** A file to read: its absolute path and its name in findings (relative to the scan root). */
export interface FileEntry {
  absPath: string;
  relPath: string;
  /** Named explicitly on the command line: read even when ignored by `.gitignore`. */
  explicit: boolean;
}

export interface SkippedPath {
  relPath: string;
  reason: string;
}

/**
 * The files under `root` (or under each of `paths`), honouring `.gitignore` at every level and
 * `.git/info/exclude`, skipping dependency and vendored trees, lockfiles, source maps and binary
 * extensions. Paths are taken literally (never glob-expanded). Symlinks are not followed.
 */
export async function* walkFiles(root: string, paths: string[] | undefined, onSkip: (s: SkippedPath) => void): AsyncGenerator<FileEntry> {
  const ignores = await IgnoreStack.forRoot(root);
  if (!paths || paths.length === 0) {
    yield* walkDirectory(root, '', ignores, onSkip);
    return;
  }
  for (const given of paths) {
    const absPath = resolve(root, given);
    const relPath = toPosix(relative(root, absPath)) || '.';
    let stats;
    try {
      stats = await lstat(absPath);
    } catch {
      throw new UsageError(`path '${given}' does not exist; pass files or directories that exist`);
    }
    if (stats.isDirectory()) {
      const base = relPath === '.' ? '' : relPath;
      yield* walkDirectory(root, base, base === '' ? ignores : await enterAll(ignores, root, base), onSkip);
    } else if (stats.isFile()) {
      const reason = skipReasonForPath(relPath);
      if (reason) onSkip({ relPath, reason });
      else yield { absPath, relPath, explicit: true };
    }
  }
}

async function enterAll(stack: IgnoreStack, root: string, relDir: string): Promise<IgnoreStack> {
  let current = stack;
  const parts = relDir.split('/');
  for (let i = 1; i <= parts.length; i++) {
    const dir = parts.slice(0, i).join('/');
    if (dir.startsWith('..')) continue;
    current = await current.enter(root, dir);
  }
  return current;
}

async function* walkDirectory(root: string, relDir: string, ignores: IgnoreStack, onSkip: (s: SkippedPath) => void): AsyncGenerator<FileEntry> {
  let entries;
  try {
    entries = await readdir(join(root, relDir), { withFileTypes: true });
  } catch {
    onSkip({ relPath: relDir || '.', reason: 'directory unreadable' });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const relPath = relDir === '' ? entry.name : `${relDir}/${entry.name}`;
    if (entry.isDirectory()) {
      if (SKIPPED_DIRECTORIES.has(entry.name) || ignores.ignores(relPath, true)) continue;
      yield* walkDirectory(root, relPath, await ignores.enter(root, relPath), onSkip);
    } else if (entry.isFile()) {
      if (ignores.ignores(relPath, false)) continue;
      const reason = skipReasonForPath(relPath);
      if (reason) onSkip({ relPath, reason });
      else yield { absPath: join(root, relPath), relPath, explicit: false };
    }
  }
}
