import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../src/main.js';
import { fakeIo } from './helpers.js';
import { awsKeyId, git, githubToken, stagedRepo, writeFiles, type tempRepo } from './scan-helpers.js';

describe('scan --staged output (the commit hook report)', () => {
  let repo: ReturnType<typeof tempRepo> | undefined;
  afterEach(() => repo?.cleanup());

  it('prints one line per finding with path:line, rule, redacted value and how to allow it; the count on stderr', async () => {
    const key = awsKeyId('stg1');
    const token = githubToken('stg2');
    repo = stagedRepo({ 'config/prod.env': `# prod\nAWS_ACCESS_KEY_ID=${key}\n`, 'src/app.ts': `export const token = "${token}";\n`, 'README.md': '# hi\n' });
    const io = fakeIo(repo.root);
    expect(await main(['scan', '--staged'], io)).toBe(1);
    const lines = io.out.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    const doc = fakeIo(repo.root);
    await main(['scan', '--staged', '--format', 'json'], doc);
    const findings = JSON.parse(doc.out).findings as { file: string; line: number; rule: string; redacted: string; fingerprint: string }[];
    for (const f of findings) {
      const line = lines.find((l) => l.startsWith(`${f.file}:${f.line} `));
      expect(line).toBeDefined();
      expect(line).toContain(f.rule);
      expect(line).toContain(f.redacted);
      expect(line).toContain("'unleak:allow' on the line");
      expect(line).toContain(`unleak baseline add ${f.fingerprint}`);
    }
    expect(io.err).toMatch(/^unleak: 2 findings in staged changes · scanned 3 files \(\d+(\.\d)? (B|KB)\) in \d+ ms\n/);
    expect(io.err).toContain('commit blocked');
    for (const secret of [key, token]) expect(io.out + io.err + doc.out + doc.err).not.toContain(secret);
  });

  it('with --exit-zero (a warn-only hook) the summary does not claim the commit was blocked', async () => {
    const key = awsKeyId('stg6');
    repo = stagedRepo({ 'prod.env': `AWS_ACCESS_KEY_ID=${key}\n` });
    const io = fakeIo(repo.root);
    expect(await main(['scan', '--staged', '--exit-zero'], io)).toBe(0);
    expect(io.out).toMatch(/^prod\.env:1 /);
    expect(io.err).toMatch(/^unleak: 1 finding in staged changes/);
    expect(io.err).not.toContain('commit blocked');
    expect(io.out + io.err).not.toContain(key);
  });

  it('a clean commit prints exactly one line, on stderr', async () => {
    repo = stagedRepo({ 'a.ts': 'export const a = 1;\n', 'b.md': '# b\n' });
    const io = fakeIo(repo.root);
    expect(await main(['scan', '--staged'], io)).toBe(0);
    expect(io.out).toBe('');
    expect(io.err).toMatch(/^unleak: no findings · scanned 2 files \(\d+ B\) in \d+ ms\n$/);
  });

  it('reads the index, not the working copy, and honours the file list pre-commit passes', async () => {
    const key = awsKeyId('stg3');
    repo = stagedRepo({ 'a.env': `K=${key}\n`, 'b.env': `K=${awsKeyId('stg4')}\n` });
    writeFiles(repo.root, { 'a.env': 'K=from-env\n' });
    const io = fakeIo(repo.root);
    expect(await main(['scan', '--staged', 'a.env'], io)).toBe(1);
    expect(io.out).toMatch(/^a\.env:1 /);
    expect(io.out).not.toContain('b.env');
    expect(io.err).toContain('scanned 1 file ');
    expect(readFileSync(join(repo.root, 'a.env'), 'utf8')).not.toContain(key);
  });

  it('with nothing staged, the files pre-commit names (run --all-files) are still scanned, never a false all-clear', async () => {
    repo = stagedRepo({ 'x.ts': 'export {};\n' });
    git(repo.root, 'commit', '-qm', 'init');
    writeFiles(repo.root, { 'later.env': `K=${awsKeyId('stg5')}\n` });
    const io = fakeIo(repo.root);
    expect(await main(['scan', '--staged', 'x.ts', 'later.env'], io)).toBe(1);
    expect(io.out).toMatch(/^later\.env:1 /);
    expect(io.err).toContain('scanned 2 files');
  });
});
