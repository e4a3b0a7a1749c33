import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

/**
 * `repo(files)` writes a throw-away repository (path → text) and returns its root; every root is removed
 * after the test file's last test.
 */
export function tempRepos(): (files: Record<string, string>, prefix?: string) => string {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  return (files, prefix = 'unleak-repo-') => {
    const root = mkdtempSync(join(tmpdir(), prefix));
    dirs.push(root);
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    return root;
  };
}
