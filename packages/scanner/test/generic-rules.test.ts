import { describe, expect, it } from 'vitest';
import { GENERIC_RULES, extractAssignments, fileKindOf, genericCandidates } from '../src/extract/index.js';
import type { GenericSample } from '../src/generic/index.js';
import type { Candidate, Fragment } from '../src/types.js';

function candidatesOf(sample: GenericSample): Candidate[] {
  const fragment: Fragment = { file: sample.file, text: sample.text, fileKind: fileKindOf(sample.file, sample.text), isTest: false };
  return genericCandidates(fragment, extractAssignments(fragment));
}

describe('generic rules registry', () => {
  it('has unique kebab-case ids and samples on both sides', () => {
    const ids = GENERIC_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of GENERIC_RULES) {
      expect(rule.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(rule.samples.match.length, rule.id).toBeGreaterThan(0);
      expect(rule.samples.noMatch.length, rule.id).toBeGreaterThan(0);
    }
  });

  for (const rule of GENERIC_RULES) {
    describe(rule.id, () => {
      rule.samples.match.forEach((sample, i) => {
        it(`finds match sample ${i} (${sample.file})`, () => {
          const found = candidatesOf(sample).filter((c) => c.ruleId === rule.id);
          expect(found.length, `${rule.id} on ${sample.file}`).toBeGreaterThan(0);
          for (const c of found) expect(sample.text.slice(c.start, c.end).length).toBe(c.end - c.start);
        });
      });
      rule.samples.noMatch.forEach((sample, i) => {
        it(`ignores noMatch sample ${i} (${sample.file})`, () => {
          const found = candidatesOf(sample).filter((c) => c.ruleId === rule.id);
          expect(found.map((c) => c.context.key), `${rule.id} on ${sample.file}`).toEqual([]);
        });
      });
    });
  }
});
