import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../src/main.js';
import { fakeIo } from './helpers.js';
import { awsKeyId, githubToken, stagedRepo, tempRepo } from './scan-helpers.js';

async function fingerprints(root: string, args: string[]): Promise<{ file: string; fingerprint: string }[]> {
  const io = fakeIo(root);
  await main(['scan', ...args, '--format', 'json'], io);
  return JSON.parse(io.out).findings;
}

describe('unleak baseline add FINGERPRINT…', () => {
  let repo: ReturnType<typeof tempRepo> | undefined;
  afterEach(() => repo?.cleanup());

  it('accepts a staged finding by fingerprint: the next staged scan passes; repeating it changes nothing', async () => {
    const key = awsKeyId('add1');
    repo = stagedRepo({ 'z/app.env': `K=${key}\n`, 'a/other.ts': `const t = "${githubToken('add2')}";\n` });
    const all = await fingerprints(repo.root, ['--staged']);
    const target = all.find((f) => f.file === 'z/app.env')!;

    const io = fakeIo(repo.root);
    expect(await main(['baseline', 'add', target.fingerprint, '--reason', 'rotated test key'], io)).toBe(0);
    expect(io.out).toContain(`added aws-access-key-id in z/app.env`);
    expect(io.err).toContain('1 entry added');
    const file = join(repo.root, '.unleak-baseline.json');
    const first = readFileSync(file, 'utf8');
    const doc = JSON.parse(first);
    expect(doc.entries).toEqual([{ fingerprint: target.fingerprint, rule: 'aws-access-key-id', file: 'z/app.env', redacted: expect.stringContaining('…'), reason: 'rotated test key' }]);

    const after = await fingerprints(repo.root, ['--staged']);
    expect(after.map((f) => f.file)).toEqual(['a/other.ts']);

    const again = fakeIo(repo.root);
    expect(await main(['baseline', 'add', target.fingerprint, '--reason', 'rotated test key'], again)).toBe(0);
    expect(again.err).toContain('(unchanged)');
    expect(readFileSync(file, 'utf8')).toBe(first);

    const other = all.find((f) => f.file === 'a/other.ts')!;
    expect(await main(['baseline', 'add', other.fingerprint], fakeIo(repo.root))).toBe(0);
    const entries = JSON.parse(readFileSync(file, 'utf8')).entries;
    expect(entries.map((e: { file: string }) => e.file)).toEqual(['a/other.ts', 'z/app.env']);
    expect(entries[1].reason).toBe('rotated test key');
    expect(readFileSync(file, 'utf8') + io.out + io.err).not.toContain(key);
  });

  it('finds working-tree findings outside git too, and regenerating the baseline keeps the reasons', async () => {
    repo = tempRepo({ 'app.env': `K=${awsKeyId('add3')}\nN=${awsKeyId('add4')}\n` });
    const [one] = await fingerprints(repo.root, []);
    expect(await main(['baseline', 'add', one!.fingerprint, '--reason', 'demo data'], fakeIo(repo.root))).toBe(0);
    expect(await main(['baseline'], fakeIo(repo.root))).toBe(0);
    const entries = JSON.parse(readFileSync(join(repo.root, '.unleak-baseline.json'), 'utf8')).entries as { fingerprint: string; reason?: string }[];
    expect(entries).toHaveLength(2);
    expect(entries.find((e) => e.fingerprint === one!.fingerprint)?.reason).toBe('demo data');
    expect(entries.filter((e) => e.reason)).toHaveLength(1);
  });

  it('an unknown fingerprint is an error and nothing is written', async () => {
    repo = tempRepo({ 'app.env': `K=${awsKeyId('add5')}\n` });
    const [known] = await fingerprints(repo.root, []);
    const io = fakeIo(repo.root);
    expect(await main(['baseline', 'add', known!.fingerprint, 'v1:0123456789abcdef0123'], io)).toBe(2);
    expect(io.err).toMatch(/^unleak: fingerprint v1:0123456789abcdef0123 matches no finding/);
    expect(existsSync(join(repo.root, '.unleak-baseline.json'))).toBe(false);
  });

  it.each([
    [['baseline', 'add'], /needs at least one fingerprint/],
    [['baseline', 'add', 'abc'], /'abc' is not a fingerprint/],
    [['baseline', 'add', 'v1:0123456789abcdef0123', '--output', 'x.json'], /use --baseline FILE/],
    [['baseline', '--reason', 'x'], /--reason goes with 'baseline add'/],
  ])('%j → one-line usage error, exit 2', async (args, message) => {
    repo = tempRepo({ 'a.ts': 'export {};\n' });
    const io = fakeIo(repo.root);
    expect(await main(args, io)).toBe(2);
    expect(io.err).toMatch(message);
    expect(io.err.trim().split('\n')).toHaveLength(1);
  });

  it('--baseline FILE names the file to update', async () => {
    repo = tempRepo({ 'app.env': `K=${awsKeyId('add6')}\n` });
    writeFileSync(join(repo.root, 'accepted.json'), '{"version":1,"entries":[]}\n');
    const [f] = await fingerprints(repo.root, []);
    expect(await main(['baseline', 'add', f!.fingerprint, '--baseline', 'accepted.json'], fakeIo(repo.root))).toBe(0);
    expect(JSON.parse(readFileSync(join(repo.root, 'accepted.json'), 'utf8')).entries).toHaveLength(1);
    expect(existsSync(join(repo.root, '.unleak-baseline.json'))).toBe(false);
  });
});
