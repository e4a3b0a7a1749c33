import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/main.js';
import { fakeIo } from './helpers.js';
import { awsKeyId, tempRepo } from './scan-helpers.js';

describe('scan --exit-code N', () => {
  let dirty: ReturnType<typeof tempRepo>;
  let clean: ReturnType<typeof tempRepo>;
  beforeAll(() => {
    dirty = tempRepo({ 'a.env': `K=${awsKeyId('ec1')}\n` });
    clean = tempRepo({ 'a.ts': 'export const a = 1;\n' });
  });
  afterAll(() => {
    dirty.cleanup();
    clean.cleanup();
  });

  it.each([
    [[], 1],
    [['--exit-code', '0'], 0],
    [['--exit-code', '3'], 3],
    [['--exit-code=255'], 255],
    [['--exit-zero'], 0],
    [['--exit-zero', '--exit-code', '0'], 0],
  ])('findings with %j exit %i', async (flags, code) => {
    const io = fakeIo(dirty.root);
    expect(await main(['scan', '--format', 'sarif', ...flags], io)).toBe(code);
    expect(JSON.parse(io.out).runs[0].results.length).toBe(1);
  });

  it('a clean scan exits 0 whatever --exit-code says', async () => {
    expect(await main(['scan', '--exit-code', '7'], fakeIo(clean.root))).toBe(0);
  });

  it.each([
    ['256', /not an exit code; use a whole number from 0 to 255/],
    ['-1', /not an exit code/],
    ['one', /not an exit code/],
    ['1.5', /not an exit code/],
    ['', /not an exit code/],
    ['2', /--exit-code 2 is reserved \(usage or runtime error\)/],
    ['130', /--exit-code 130 is reserved \(interrupted\)/],
  ])('rejects --exit-code %j with one line and exit 2', async (value, message) => {
    const io = fakeIo(dirty.root);
    expect(await main(['scan', `--exit-code=${value}`], io)).toBe(2);
    expect(io.err).toMatch(message);
    expect(io.err.trim().split('\n')).toHaveLength(1);
    expect(io.out).toBe('');
  });

  it('--exit-zero with a non-zero --exit-code is a contradiction', async () => {
    const io = fakeIo(dirty.root);
    expect(await main(['scan', '--exit-zero', '--exit-code', '4'], io)).toBe(2);
    expect(io.err).toContain('disagree');
  });
});
