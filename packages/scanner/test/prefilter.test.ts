import { describe, expect, it } from 'vitest';
import { KeywordIndex } from '../src/prefilter.js';
import type { Rule } from '../src/rule.js';
import { demoRule } from './helpers.js';

const rule = (id: string, keywords: string[]): Rule => ({ ...demoRule, id, keywords });

describe('KeywordIndex', () => {
  const rules = [rule('pw', ['password']), rule('pass', ['pass']), rule('ss', ['ssw']), rule('aws', ['akia', 'asia']), rule('none', ['zzz'])];
  const index = new KeywordIndex(rules);
  it('selects only rules whose keywords occur, in registry order', () => {
    expect(index.rulesFor('x = asia', rules).map((r) => r.id)).toEqual(['aws']);
    expect(index.rulesFor('nothing here', rules)).toEqual([]);
  });
  it('credits keywords contained in or overlapping a longer hit', () => {
    expect(index.rulesFor('db_password=1', rules).map((r) => r.id)).toEqual(['pw', 'pass', 'ss']);
  });
  it('is linear on adversarial input', () => {
    const text = 'passwor'.repeat(200_000);
    const t = performance.now();
    index.rulesFor(text, rules);
    expect(performance.now() - t).toBeLessThan(5_000);
  });
});
