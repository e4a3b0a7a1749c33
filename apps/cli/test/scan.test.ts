import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../src/main.js';
import { fakeIo } from './helpers.js';
import { awsKeyId, git, githubToken, tempRepo } from './scan-helpers.js';

describe('unleak scan', () => {
  let repo: ReturnType<typeof tempRepo> | undefined;
  afterEach(() => repo?.cleanup());

  it('exits 0 and still says what it scanned when clean', async () => {
    repo = tempRepo({ 'a.ts': 'export const x = 1;\n' });
    const io = fakeIo(repo.root);
    expect(await main(['scan'], io)).toBe(0);
    expect(io.out).toMatch(/no findings · scanned 1 file \(\d+ B\) in \d+ ms/);
  });

  it('exits 1 with findings grouped by file, redacted, no colour under NO_COLOR', async () => {
    const key = awsKeyId('cli1');
    repo = tempRepo({ 'config/app.env': `AWS_ACCESS_KEY_ID=${key}\n`, 'src/gh.ts': `const t = "${githubToken('cli2')}";\n` });
    const io = fakeIo(repo.root);
    expect(await main(['scan'], io)).toBe(1);
    expect(io.out).toMatch(/config\/app\.env\n  1:19  critical  aws-access-key-id +AKIA…/);
    expect(io.out).toContain('src/gh.ts\n');
    expect(io.out).toMatch(/2 findings \(.*\) · scanned 2 files/);
    expect(io.out).not.toContain(key);
    expect(io.out).not.toMatch(/\x1b\[/);
  });

  it('colours text on a TTY or with FORCE_COLOR, and --no-color wins', async () => {
    repo = tempRepo({ 'a.env': `K=${awsKeyId('c')}\n` });
    const forced = fakeIo(repo.root, { FORCE_COLOR: '1', NO_COLOR: '' });
    await main(['scan'], forced);
    expect(forced.out).toMatch(/\x1b\[/);
    const off = fakeIo(repo.root, { FORCE_COLOR: '1', NO_COLOR: '' });
    await main(['scan', '--no-color'], off);
    expect(off.out).not.toMatch(/\x1b\[/);
  });

  it('--exit-zero exits 0 with findings; --output writes the report to a file', async () => {
    repo = tempRepo({ 'a.env': `K=${awsKeyId('e')}\n` });
    const io = fakeIo(repo.root);
    expect(await main(['scan', '--exit-zero', '--format', 'json', '--output', 'report.json'], io)).toBe(0);
    expect(io.out).toBe('');
    expect(io.err).toMatch(/1 finding · scanned 1 file/);
    expect(JSON.parse(readFileSync(join(repo.root, 'report.json'), 'utf8')).findings).toHaveLength(1);
  });

  it('scans a directory argument with paths relative to it, and explicit files relative to cwd', async () => {
    repo = tempRepo({ 'svc/a.env': `K=${awsKeyId('d')}\n` });
    const io = fakeIo(repo.root);
    await main(['scan', 'svc', '--format', 'json'], io);
    expect(JSON.parse(io.out).findings[0].file).toBe('a.env');
    const io2 = fakeIo(repo.root);
    await main(['scan', 'svc/a.env', '--format', 'json'], io2);
    expect(JSON.parse(io2.out).findings[0].file).toBe('svc/a.env');
  });

  it.each([
    [['scan', '--format', 'xml'], "--format 'xml' is not supported; use one of: text, json, sarif, github"],
    [['scan', '--since', 'main'], '--since needs --history'],
    [['scan', '--staged', '--history'], 'cannot be combined'],
    [['scan', '--bogus'], "Unknown option '--bogus'"],
    [['scan', 'missing.ts'], "path 'missing.ts' does not exist"],
    [['scan', '--baseline', 'nope.json'], 'cannot read the baseline file'],
  ])('usage errors exit 2 with one line: %j', async (argv, message) => {
    repo = tempRepo({ 'a.ts': '' });
    const io = fakeIo(repo.root);
    expect(await main(argv, io)).toBe(2);
    expect(io.err).toContain(message);
    expect(io.err.trim().split('\n')).toHaveLength(1);
  });

  it('exits 2 when given files but none could be read', async () => {
    repo = tempRepo({ 'logo.png': 'x' });
    const io = fakeIo(repo.root);
    expect(await main(['scan', 'logo.png'], io)).toBe(2);
    expect(io.err).toContain('read none of the given paths');
  });

  it('reports every unleak.yaml problem at once', async () => {
    repo = tempRepo({ 'unleak.yaml': 'scan:\n  allow:\n    paths: docs\n    rules: [no-such-rule]\n    extra: 1\n', 'a.ts': '' });
    const io = fakeIo(repo.root);
    expect(await main(['scan'], io)).toBe(2);
    expect(io.err).toContain('unleak.yaml: 3 problems:');
    expect(io.err).toContain('scan.allow.paths: must be a list of strings');
    expect(io.err).toContain("scan.allow.rules[0]: 'no-such-rule' is not a rule id");
  });

  it('applies unleak.yaml allowlists and --verbose explains each suppression', async () => {
    const kept = awsKeyId('v1');
    repo = tempRepo({
      '.unleak.yaml': 'scan:\n  allow:\n    paths: ["docs/**"]\n',
      'docs/setup.md': `key ${awsKeyId('v2')}\n`,
      'a.py': `a = "${awsKeyId('v3')}"  # unleak:allow\nb = "${kept}"\n`,
    });
    const io = fakeIo(repo.root);
    expect(await main(['scan', '--verbose', '--format', 'json'], io)).toBe(1);
    expect(JSON.parse(io.out).findings.map((f: { file: string; line: number }) => `${f.file}:${f.line}`)).toEqual(['a.py:2']);
    expect(io.err).toMatch(/suppressed docs\/setup\.md:1:5 aws-access-key-id AKIA…\S+ by allowlist: path matches scan.allow.paths 'docs\/\*\*'/);
    expect(io.err).toMatch(/suppressed a\.py:1:6 aws-access-key-id AKIA…\S+ by inline-ignore/);
    expect(io.err).toContain('using config');
    expect(io.err).not.toContain(awsKeyId('v2'));
  });

  it('--staged scans the index and --history the commits, with exit codes', async () => {
    repo = tempRepo({ 'a.env': 'X=1\n' });
    git(repo.root, 'init', '-q', '-b', 'main');
    git(repo.root, 'add', '.');
    git(repo.root, 'commit', '-qm', 'init');
    const clean = fakeIo(repo.root);
    expect(await main(['scan', '--staged'], clean)).toBe(0);
    writeFileSync(join(repo.root, 'a.env'), `X=1\nK=${awsKeyId('st')}\n`);
    git(repo.root, 'add', 'a.env');
    const staged = fakeIo(repo.root);
    expect(await main(['scan', '--staged', '--format', 'json'], staged)).toBe(1);
    expect(JSON.parse(staged.out).findings[0]).toMatchObject({ file: 'a.env', line: 2 });
    git(repo.root, 'commit', '-qm', 'leak');
    const history = fakeIo(repo.root);
    expect(await main(['scan', '--history', '--format', 'json'], history)).toBe(1);
    expect(JSON.parse(history.out).findings[0].commit).toMatch(/^[0-9a-f]{40}$/);
  });

  it('--staged outside a git repository exits 2 with one line', async () => {
    repo = tempRepo({ 'a.ts': '' });
    const io = fakeIo(repo.root);
    expect(await main(['scan', '--staged'], io)).toBe(2);
    expect(io.err).toContain('is not inside a git repository');
    expect(io.err.trim().split('\n')).toHaveLength(1);
  });

  it('reads the config named by UNLEAK_CONFIG when --config is absent', async () => {
    repo = tempRepo({ 'conf/unleak.yaml': 'scan:\n  allow:\n    rules: [aws-access-key-id]\n', 'a.env': `K=${awsKeyId('uc')}\n` });
    expect(await main(['scan'], fakeIo(repo.root))).toBe(1);
    expect(await main(['scan'], fakeIo(repo.root, { UNLEAK_CONFIG: 'conf/unleak.yaml' }))).toBe(0);
  });
});
