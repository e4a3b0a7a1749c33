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
  it('keeps the tightest span when the same value is reported on overlapping spans', () => {
    const wide = pending({ rule: 'wide-rule', line: 2, column: 1, endLine: 4, endColumn: 20 });
    const tight = pending({ line: 3, column: 5, endLine: 3, endColumn: 33 });
    const elsewhere = pending({ line: 9, column: 5, endLine: 9, endColumn: 33 });
    const { kept, dropped } = dedupe([wide, tight, elsewhere]);
    expect(kept).toEqual([tight, elsewhere]);
    expect(dropped.map((d) => [d.item.rule, d.reason])).toEqual([['wide-rule', "same value already reported on a tighter span by rule 'demo-token'"]]);
  });
  it('keeps overlapping spans of different values', () => {
    const a = pending({ line: 2, column: 1, endLine: 4, endColumn: 20, value: 'one-value-abcdef' });
    expect(dedupe([a, pending()]).kept).toHaveLength(2);
  });
});
