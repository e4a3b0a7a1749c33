import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { pruneBaseline } from '../src/commands/baseline.js';
import { main } from '../src/main.js';
import { fakeIo } from './helpers.js';
import { awsKeyId, githubToken, tempRepo } from './scan-helpers.js';

const BASELINE = '.unleak-baseline.json';
const entries = (root: string, file = BASELINE) => JSON.parse(readFileSync(join(root, file), 'utf8')).entries as { fingerprint: string; rule: string; file: string; redacted: string }[];

describe('unleak baseline prune', () => {
  let repo: ReturnType<typeof tempRepo> | undefined;
  afterEach(() => repo?.cleanup());

  it('removes entries whose secret is gone, lists them redacted and sorted, and keeps the rest', async () => {
    const gone = awsKeyId('pr-gone');
    const token = githubToken('pr-gone-2');
    const stays = awsKeyId('pr-stays');
    repo = tempRepo({ 'a.env': `K=${stays}\n`, 'b.env': `K=${gone}\n`, 'c.env': `T=${token}\n`, '.git/HEAD': '' });
    expect(await main(['baseline'], fakeIo(repo.root))).toBe(0);
    const before = entries(repo.root);
    expect(before).toHaveLength(3);
    writeFileSync(join(repo.root, 'b.env'), 'K=rotated\n');
    writeFileSync(join(repo.root, 'c.env'), '# moved to the vault\n');

    const io = fakeIo(repo.root);
    expect(await main(['baseline', 'prune'], io)).toBe(0);
    const removedLines = io.out.trim().split('\n');
    expect(removedLines).toHaveLength(2);
    expect(removedLines[0]).toMatch(/^removed aws-access-key-id in b\.env AKIA…\S+ \(\S+\)$/);
    expect(removedLines[1]).toMatch(/^removed github-\S+ in c\.env ghp_…\S+ \(\S+\)$/);
    expect(io.err).toBe(`unleak: removed 2 stale entries from ${join(repo.root, BASELINE)}; 1 entry still matches (scanned 4 files)\n`);
    for (const secret of [gone, token, stays]) expect(io.out + io.err).not.toContain(secret);
    expect(entries(repo.root)).toEqual(before.filter((e) => e.file === 'a.env'));

    // Pruned, the baseline still suppresses what it did, and scan --verbose has nothing stale to name.
    const scan = fakeIo(repo.root);
    expect(await main(['scan', '--verbose'], scan)).toBe(0);
    expect(scan.err).not.toContain('matched nothing');
  });

  it('is stable: a second prune removes nothing and leaves the file untouched', async () => {
    repo = tempRepo({ 'a.env': `K=${awsKeyId('pr-st')}\n` });
    await main(['baseline'], fakeIo(repo.root));
    const file = join(repo.root, BASELINE);
    const text = readFileSync(file, 'utf8');
    const mtime = statSync(file).mtimeMs;
    const io = fakeIo(repo.root);
    expect(await main(['baseline', 'prune'], io)).toBe(0);
    expect(io.out).toBe('');
    expect(io.err).toContain('removed 0 stale entries');
    expect(readFileSync(file, 'utf8')).toBe(text);
    expect(statSync(file).mtimeMs).toBe(mtime);
  });

  it('--dry-run lists what would go and changes nothing; --baseline FILE and PATH are honoured', async () => {
    repo = tempRepo({ 'app/a.env': `K=${awsKeyId('pr-dry')}\n` });
    expect(await main(['baseline', 'app', '--output', 'custom.json'], fakeIo(repo.root))).toBe(0);
    writeFileSync(join(repo.root, 'app/a.env'), 'K=\n');
    const before = readFileSync(join(repo.root, 'custom.json'), 'utf8');

    const dry = fakeIo(repo.root);
    expect(await main(['baseline', 'prune', 'app', '--baseline', 'custom.json', '--dry-run'], dry)).toBe(0);
    expect(dry.out).toMatch(/^would remove aws-access-key-id in a\.env /);
    expect(dry.err).toContain('would remove 1 stale entry');
    expect(readFileSync(join(repo.root, 'custom.json'), 'utf8')).toBe(before);

    const real = fakeIo(repo.root);
    expect(await main(['baseline', 'prune', 'app', '--baseline', 'custom.json'], real)).toBe(0);
    expect(entries(repo.root, 'custom.json')).toEqual([]);
  });

  it('an entry still matched by the same secret in another file is kept (scan matches by fingerprint)', async () => {
    const key = awsKeyId('pr-moved');
    repo = tempRepo({ 'old.env': `K=${key}\n` });
    await main(['baseline'], fakeIo(repo.root));
    writeFileSync(join(repo.root, 'old.env'), '\n');
    writeFileSync(join(repo.root, 'new.env'), `K=${key}\n`);
    const io = fakeIo(repo.root);
    expect(await main(['baseline', 'prune'], io)).toBe(0);
    expect(entries(repo.root)).toHaveLength(1);
    expect(await main(['scan'], fakeIo(repo.root))).toBe(0);
  });

  it('bad input is one line and exit 2', async () => {
    repo = tempRepo({ 'a.env': '' });
    const missing = fakeIo(repo.root);
    expect(await main(['baseline', 'prune'], missing)).toBe(2);
    expect(missing.err).toBe(`unleak: no baseline at '${join(repo.root, BASELINE)}' to prune; create one with 'unleak baseline' or name it with --baseline FILE\n`);
    for (const args of [['baseline', 'prune', '--output', 'x.json'], ['baseline', '--dry-run'], ['baseline', '--baseline', 'x.json'], ['baseline', 'prune', 'a', 'b']]) {
      const io = fakeIo(repo.root);
      expect(await main(args, io)).toBe(2);
      expect(io.err.trim().split('\n')).toHaveLength(1);
    }
    writeFileSync(join(repo.root, BASELINE), '{"version":2}');
    const malformed = fakeIo(repo.root);
    expect(await main(['baseline', 'prune'], malformed)).toBe(2);
    expect(malformed.err).toContain(BASELINE);
  });

  it('pruneBaseline sorts by file, rule, fingerprint and splits on the current fingerprints', () => {
    const e = (file: string, rule: string, fingerprint: string) => ({ file, rule, fingerprint, redacted: 'x…y' });
    const { kept, removed } = pruneBaseline({ version: 1, entries: [e('b', 'r', '2'), e('a', 's', '1'), e('a', 'r', '3'), e('a', 'r', '0')] }, new Set(['1', '0']));
    expect(kept.entries.map((x) => x.fingerprint)).toEqual(['0', '1']);
    expect(removed.map((x) => `${x.file}/${x.rule}/${x.fingerprint}`)).toEqual(['a/r/3', 'b/r/2']);
  });
});
