import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../src/main.js';
import { fakeIo } from './helpers.js';
import { awsKeyId, stagedRepo, tempRepo } from './scan-helpers.js';

async function stagedScan(cwd: string): Promise<{ code: number; findings: { file: string; fingerprint: string }[]; out: string }> {
  const io = fakeIo(cwd);
  const code = await main(['scan', '--staged', '--format', 'json'], io);
  return { code, findings: JSON.parse(io.out).findings, out: io.out + io.err };
}

describe('unleak baseline add from a subdirectory (the hook scans from the top of the repository)', () => {
  let repo: ReturnType<typeof tempRepo> | undefined;
  afterEach(() => repo?.cleanup());

  it('records the finding in the top-level baseline, with its repository path, so the next commit passes', async () => {
    const key = awsKeyId('trial-sub');
    repo = stagedRepo({ 'sub dir/a.env': `K=${key}\n`, 'other/readme.md': 'hello\n' });
    const [finding] = (await stagedScan(repo.root)).findings;
    expect(finding?.file).toBe('sub dir/a.env');

    const io = fakeIo(join(repo.root, 'sub dir'));
    expect(await main(['baseline', 'add', finding!.fingerprint], io)).toBe(0);
    expect(`${io.out}${io.err}`).not.toContain(key);
    expect(existsSync(join(repo.root, 'sub dir', '.unleak-baseline.json'))).toBe(false);
    const entries = JSON.parse(readFileSync(join(repo.root, '.unleak-baseline.json'), 'utf8')).entries;
    expect(entries).toEqual([expect.objectContaining({ fingerprint: finding!.fingerprint, file: 'sub dir/a.env' })]);

    const after = await stagedScan(repo.root);
    expect(after.code).toBe(0);
    expect(after.findings).toEqual([]);
  });

  it('keeps using a baseline that already sits in the current directory', async () => {
    repo = stagedRepo({ 'svc/a.env': `K=${awsKeyId('trial-sub2')}\n` });
    writeFileSync(join(repo.root, 'svc', '.unleak-baseline.json'), '{\n  "version": 1,\n  "entries": []\n}\n');
    const svc = join(repo.root, 'svc');
    const [finding] = (await stagedScan(svc)).findings;
    expect(await main(['baseline', 'add', finding!.fingerprint], fakeIo(svc))).toBe(0);
    expect(JSON.parse(readFileSync(join(svc, '.unleak-baseline.json'), 'utf8')).entries).toEqual([expect.objectContaining({ file: 'a.env' })]);
    expect(existsSync(join(repo.root, '.unleak-baseline.json'))).toBe(false);
  });
});
