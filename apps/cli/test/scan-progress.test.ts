import { describe, expect, it } from 'vitest';
import { progressLine } from '../src/format/progress.js';
import { fakeIo } from './helpers.js';

describe('scan progress line', () => {
  it('stays silent for short scans, throttles redraws and clears itself', () => {
    let t = 0;
    const io = fakeIo('/');
    const line = progressLine(io, () => t);
    line.update({ files: 1, bytes: 10, findings: 0 });
    expect(io.err).toBe('');
    t = 250;
    line.update({ files: 5, bytes: 2048, findings: 1 });
    t = 260;
    line.update({ files: 6, bytes: 4096, findings: 1 });
    expect(io.err).toBe('\r\x1b[Kscanning… 5 files, 2.0 KB, 1 finding');
    line.done();
    expect(io.err.endsWith('\r\x1b[K')).toBe(true);
  });
});
