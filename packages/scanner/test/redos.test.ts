import { describe, expect, it } from 'vitest';
import { RULES } from '../src/rules/index.js';
import type { Rule } from '../src/rule.js';

const SIZE = 24_000;
/** Generous: a linear pattern takes a few ms on these inputs; a backtracking blow-up takes seconds. */
const BUDGET_MS = 500;

function repeatTo(unit: string, size = SIZE): string {
  return unit.length === 0 ? '' : unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/**
 * Inputs that make a careless pattern backtrack: long runs of the characters token classes accept, every
 * keyword repeated with and without such runs, and each match sample repeated without its last characters
 * (a prefix that keeps almost matching).
 */
function adversarialInputs(rule: Rule): string[] {
  const runs = ['a', 'A', '0', 'f', '=', '/', '-', '_', '.', ':', ' ', '\n', 'aA0+/', 'a-', 'a:', '%3D'];
  const inputs = runs.map((r) => repeatTo(r));
  for (const k of rule.keywords) {
    inputs.push(repeatTo(k));
    inputs.push(repeatTo(`${k}${'a'.repeat(64)}`));
    inputs.push(repeatTo(`${k}=${'A0'.repeat(40)}`));
    inputs.push(`${k}${repeatTo('aZ9')}`);
    inputs.push(`${k}://${repeatTo('a:')}`);
    inputs.push(`${k}: ${repeatTo(' ')}x`);
  }
  for (const s of rule.samples.match) {
    inputs.push(repeatTo(s.slice(0, Math.max(1, s.length - 3))));
    inputs.push(repeatTo(s.slice(0, Math.ceil(s.length / 2))));
  }
  return inputs;
}

describe.each(RULES.map((r) => [r.id, r] as const))('rule %s on adversarial input', (_id, rule) => {
  it(`completes within ${BUDGET_MS} ms`, () => {
    const re = new RegExp(rule.pattern.source, rule.pattern.flags + 'g');
    const start = performance.now();
    for (const input of adversarialInputs(rule)) {
      re.lastIndex = 0;
      for (let hits = 0; hits < 1000; hits++) {
        const m = re.exec(input);
        if (m === null) break;
        if (m[0].length === 0) re.lastIndex++;
      }
    }
    expect(performance.now() - start).toBeLessThan(BUDGET_MS);
  });
});
