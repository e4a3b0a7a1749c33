import { describe, expect, it } from 'vitest';
import { createBaselineFilter } from '../../src/filters/baseline-filter.js';
import { pending } from '../helpers.js';

describe('baseline step', () => {
  const filter = createBaselineFilter({ version: 1, entries: [{ fingerprint: 'aaaa', rule: 'demo-token', file: 'a.ts', redacted: 'x…y' }] });
  it('suppresses fingerprints in the baseline, wherever they moved', () => {
    expect(filter(pending({ fingerprint: 'aaaa', file: 'moved/b.ts', line: 99 }))).toContain('baseline');
  });
  it('keeps new fingerprints', () => {
    expect(filter(pending({ fingerprint: 'bbbb' }))).toBeUndefined();
  });
});
