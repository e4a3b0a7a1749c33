import { describe, expect, it } from 'vitest';
import { dedupe } from '../../src/filters/dedupe.js';
import { pending } from '../helpers.js';

describe('dedupe step', () => {
  it('drops the same span found twice (overlapping windows) and by a second rule', () => {
    const a = pending();
    const { kept, dropped } = dedupe([a, pending(), pending({ rule: 'other-rule' }), pending({ line: 4 })]);
    expect(kept).toHaveLength(2);
    expect(dropped.map((d) => d.reason)).toEqual(['same finding seen twice', "same span already reported by rule 'demo-token'"]);
  });
  it('keeps the same value in different commits apart', () => {
    expect(dedupe([pending({ commit: 'a' }), pending({ commit: 'b' })]).kept).toHaveLength(2);
  });
});
