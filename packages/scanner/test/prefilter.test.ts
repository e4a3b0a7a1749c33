import { describe, expect, it } from 'vitest';
import { KeywordIndex, MARK_SPAN } from '../src/prefilter.js';
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
  it('returns the hit rules in the order of the list given, whatever their order in the text', () => {
    const reversed = [...rules].reverse();
    expect(index.rulesFor('akia then password', reversed).map((r) => r.id)).toEqual(['aws', 'ss', 'pass', 'pw']);
    expect(index.rulesFor('akia then password', [rules[3]!, rules[0]!]).map((r) => r.id)).toEqual(['aws', 'pw']);
    expect(index.rulesFor('password', [rules[0]!, rules[0]!]).map((r) => r.id)).toEqual(['pw', 'pw']);
  });
  it('is linear on adversarial input', () => {
    const text = 'passwor'.repeat(200_000);
    const t = performance.now();
    index.rulesFor(text, rules);
    expect(performance.now() - t).toBeLessThan(5_000);
  });
});

describe('KeywordIndex credential marks', () => {
  const index = new KeywordIndex([rule('aws', ['akia'])], ['pass', 'token']);
  const marks = (text: string) => index.scan(text, []).credentialLines;
  /** A mark sits on the last character of the credential word. */
  const end = (text: string, word: string, from = 0) => text.indexOf(word, from) + word.length - 1;

  it('marks the first credential word of each line that holds one', () => {
    const text = 'a password and a token\nnothing here\nx token y pass\nakia\n';
    expect(marks(text)).toEqual([end(text, 'pass'), end(text, 'token', text.indexOf('x token'))]);
    expect(marks('no credential words\nat all')).toEqual([]);
  });

  it('marks a long line again every MARK_SPAN characters', () => {
    const chunk = 'token' + ' '.repeat(995);
    const text = 'x'.repeat(10) + chunk.repeat(10);
    const hits = Array.from({ length: 10 }, (_, k) => 10 + 1000 * k + 4);
    const expected: number[] = [];
    for (const at of hits) if (expected.length === 0 || at >= expected[expected.length - 1]! + MARK_SPAN) expected.push(at);
    expect(expected.length).toBeGreaterThan(1);
    expect(marks(text)).toEqual(expected);
  });

  it('marks right after a line break even within MARK_SPAN of the last mark', () => {
    const text = 'token\ntoken\n\ntoken';
    expect(marks(text)).toEqual([4, 10, 17]);
  });
});
