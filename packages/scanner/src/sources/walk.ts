import { readdirSync } from 'node:fs';
import { lstat } from 'node:fs/promises';
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
      const parent = base.slice(0, Math.max(0, base.lastIndexOf('/')));
      yield* walkDirectory(root, base, parent === '' ? ignores : await enterAll(ignores, root, parent), onSkip);
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

/** `inherited` holds the ignore layers above `relDir`; the directory's own `.gitignore`, when it has one, is added here. */
async function* walkDirectory(root: string, relDir: string, inherited: IgnoreStack, onSkip: (s: SkippedPath) => void): AsyncGenerator<FileEntry> {
  let entries;
  try {
    // Synchronous: the walk feeds a CPU-bound scan, and a thread-pool round trip per directory costs more than it hides.
    entries = readdirSync(join(root, relDir), { withFileTypes: true });
  } catch {
    onSkip({ relPath: relDir || '.', reason: 'directory unreadable' });
    return;
  }
  const ignores = relDir !== '' && !relDir.startsWith('..') && entries.some((e) => e.name === '.gitignore') ? await inherited.enter(root, relDir) : inherited;
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const relPath = relDir === '' ? entry.name : `${relDir}/${entry.name}`;
    if (entry.isDirectory()) {
      if (SKIPPED_DIRECTORIES.has(entry.name) || ignores.ignores(relPath, true)) continue;
      yield* walkDirectory(root, relPath, ignores, onSkip);
    } else if (entry.isFile()) {
      if (ignores.ignores(relPath, false)) continue;
      const reason = skipReasonForPath(relPath);
      if (reason) onSkip({ relPath, reason });
      else yield { absPath: join(root, relPath), relPath, explicit: false };
    }
  }
}
