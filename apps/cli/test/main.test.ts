import { describe, expect, it } from 'vitest';
import { main } from '../src/main.js';
import { fakeIo } from './helpers.js';

describe('main', () => {
  it('exits 2 with one line for an unknown command', async () => {
    const io = fakeIo(process.cwd());
    expect(await main(['frobnicate'], io)).toBe(2);
    expect(io.err.trim().split('\n')).toHaveLength(1);
    expect(io.err).toContain("unknown command 'frobnicate'");
  });
  it('prints usage with no arguments when not interactive', async () => {
    const io = fakeIo(process.cwd());
    expect(await main(['help'], io)).toBe(0);
    expect(io.out).toContain('usage: unleak');
  });
});
