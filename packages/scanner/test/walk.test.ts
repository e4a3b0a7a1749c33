import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { walkFiles, type SkippedPath } from '../src/sources/walk.js';
import { initRepo, tempDir, writeTree } from './helpers.js';

async function list(root: string, paths?: string[]): Promise<{ files: string[]; skipped: SkippedPath[] }> {
  const files: string[] = [];
  const skipped: SkippedPath[] = [];
  for await (const f of walkFiles(root, paths, (s) => skipped.push(s))) files.push(f.relPath);
  return { files, skipped };
}

describe('walkFiles', () => {
  let dir: ReturnType<typeof tempDir>;
  beforeEach(() => (dir = tempDir()));
  afterEach(() => dir.cleanup());

  it('honours .gitignore at every level, negations, and works outside git', async () => {
    writeTree(dir.path, {
      '.gitignore': 'dist/\n*.log\n!keep.log\n',
      'a.ts': '',
      'debug.log': '',
      'keep.log': '',
      'dist/bundle.js': '',
      'pkg/.gitignore': 'local.env\n',
      'pkg/local.env': '',
      'pkg/app.env': '',
      'other/local.env': '',
    });
    const { files } = await list(dir.path);
    expect(files).toEqual(['.gitignore', 'a.ts', 'keep.log', 'other/local.env', 'pkg/.gitignore', 'pkg/app.env']);
  });

  it('honours .git/info/exclude and skips .git itself', async () => {
    initRepo(dir.path);
    writeTree(dir.path, { '.git/info/exclude': 'secret-notes.txt\n', 'secret-notes.txt': '', 'b.ts': '' });
    expect((await list(dir.path)).files).toEqual(['b.ts']);
  });

  it('applies a repository .gitignore above a scanned subdirectory', async () => {
    initRepo(dir.path);
    writeTree(dir.path, { '.gitignore': 'generated/\n', 'sub/generated/x.ts': '', 'sub/y.ts': '' });
    expect((await list(`${dir.path}/sub`)).files).toEqual(['y.ts']);
  });

  it('skips dependency and vendored trees, lockfiles, source maps and binary extensions', async () => {
    writeTree(dir.path, {
      'node_modules/x/index.js': '',
      'vendor/lib.go': '',
      'third_party/a.c': '',
      'package-lock.json': '{}',
      'go.sum': '',
      'app.js.map': '',
      'logo.png': '',
      'main.go': '',
    });
    const { files, skipped } = await list(dir.path);
    expect(files).toEqual(['main.go']);
    expect(skipped.map((s) => s.reason).sort()).toEqual(['binary extension', 'lockfile', 'lockfile', 'source map']);
  });

  it("skips unleak's own report at the scan root and its .unleak/ state, saying why", async () => {
    writeTree(dir.path, {
      'unleak-report.md': '# report\n',
      '.unleak/journal/0001.json': '{}',
      '.unleak/backups/app.py': '',
      'docs/unleak-report.md': '',
      'app.py': '',
    });
    const { files, skipped } = await list(dir.path);
    expect(files).toEqual(['app.py', 'docs/unleak-report.md']);
    expect(skipped.map((s) => `${s.relPath}: ${s.reason}`).sort()).toEqual([
      ".unleak/backups/app.py: inside .unleak/ (unleak's journal, backups and session)",
      ".unleak/journal/0001.json: inside .unleak/ (unleak's journal, backups and session)",
      "unleak-report.md: unleak's own migration report",
    ]);
  });

  it('takes explicit paths literally, including glob characters, even when gitignored', async () => {
    writeTree(dir.path, { '.gitignore': '*.env\n', 'app/(group)/[id].ts': '', 'prod.env': '', 'other.ts': '' });
    expect((await list(dir.path, ['app/(group)/[id].ts', 'prod.env'])).files).toEqual(['app/(group)/[id].ts', 'prod.env']);
  });

  it('rejects a path that does not exist with a one-line usage error', async () => {
    await expect(list(dir.path, ['nope.ts'])).rejects.toThrow("path 'nope.ts' does not exist");
  });
});
