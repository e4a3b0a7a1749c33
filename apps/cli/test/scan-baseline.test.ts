import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../src/main.js';
import { fakeIo } from './helpers.js';
import { awsKeyId, tempRepo } from './scan-helpers.js';

describe('unleak baseline', () => {
  let repo: ReturnType<typeof tempRepo> | undefined;
  afterEach(() => repo?.cleanup());

  it('writes .unleak-baseline.json that scan picks up; it survives line insertions and only new findings fail', async () => {
    const old = awsKeyId('bl1');
    repo = tempRepo({ 'app.env': `K=${old}\n` });
    const write = fakeIo(repo.root);
    expect(await main(['baseline'], write)).toBe(0);
    expect(write.err).toContain('wrote 1 entry to');
    const file = join(repo.root, '.unleak-baseline.json');
    const doc = JSON.parse(readFileSync(file, 'utf8'));
    expect(doc).toMatchObject({ version: 1, entries: [{ rule: 'aws-access-key-id', file: 'app.env' }] });
    expect(Object.keys(doc.entries[0])).toEqual(['fingerprint', 'rule', 'file', 'redacted']);

    writeFileSync(join(repo.root, 'app.env'), `# header\n\nK=${old}\n`);
    const again = fakeIo(repo.root);
    expect(await main(['scan'], again)).toBe(0);

    writeFileSync(join(repo.root, 'app.env'), `# header\n\nK=${old}\nN=${awsKeyId('bl2')}\n`);
    const fresh = fakeIo(repo.root);
    expect(await main(['scan', '--format', 'json'], fresh)).toBe(1);
    expect(JSON.parse(fresh.out).findings.map((f: { line: number }) => f.line)).toEqual([4]);

    const rewritten = fakeIo(repo.root);
    await main(['baseline'], rewritten);
    const second = readFileSync(file, 'utf8');
    await main(['baseline'], fakeIo(repo.root));
    expect(readFileSync(file, 'utf8')).toBe(second);
  });

  it('--baseline FILE is honoured and --output writes elsewhere', async () => {
    repo = tempRepo({ 'a.env': `K=${awsKeyId('bl3')}\n` });
    expect(await main(['baseline', '--output', 'custom.json'], fakeIo(repo.root))).toBe(0);
    expect(existsSync(join(repo.root, '.unleak-baseline.json'))).toBe(false);
    expect(await main(['scan'], fakeIo(repo.root))).toBe(1);
    expect(await main(['scan', '--baseline', 'custom.json'], fakeIo(repo.root))).toBe(0);
  });

  it('--verbose names baseline entries that no longer match anything', async () => {
    repo = tempRepo({ 'a.env': `K=${awsKeyId('bl4')}\n` });
    await main(['baseline'], fakeIo(repo.root));
    writeFileSync(join(repo.root, 'a.env'), 'K=gone\n');
    const io = fakeIo(repo.root);
    expect(await main(['scan', '--verbose'], io)).toBe(0);
    expect(io.err).toMatch(/baseline entry \S+ \(aws-access-key-id in a\.env\) matched nothing; run 'unleak baseline prune' to drop it/);
  });
});
