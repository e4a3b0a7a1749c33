import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { classify } from '../src/index.js';
import { det, type Shape } from './helpers.js';

interface Labelled extends Shape {
  id: string;
  expect: { store: string; kind?: string; sensitivity?: string };
}

const dir = fileURLToPath(new URL('./labelled/', import.meta.url));
const cases: Array<Labelled & { set: string }> = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .flatMap((f) => (parse(readFileSync(dir + f, 'utf8')) as Labelled[]).map((c) => ({ ...c, set: f })));

/** Each labelled shape classified on its own, as `scan` would for a single finding. */
const results = cases.map((c) => ({ c, got: classify([det(c)])[0] }));

describe('routing on the labelled set', () => {
  it('covers at least 60 finding shapes across the file kinds', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
    expect(new Set(cases.map((c) => c.fileKind)).size).toBeGreaterThanOrEqual(25);
  });

  it('routes ≥ 95% of the labelled shapes to the expected store', () => {
    const misses = results.filter(({ c, got }) => got?.store !== c.expect.store);
    const accuracy = (results.length - misses.length) / results.length;
    console.log(
      `classifier routing accuracy: ${(accuracy * 100).toFixed(1)}% (${results.length - misses.length}/${results.length} labelled shapes)` +
        misses.map(({ c, got }) => `\n  miss ${c.set}#${c.id}: expected ${c.expect.store}, got ${got?.store} — ${got?.reason}`).join(''),
    );
    expect(accuracy).toBeGreaterThanOrEqual(0.95);
  });

  it.each(cases.filter((c) => c.expect.kind || c.expect.sensitivity).map((c) => [c.id, c] as const))('%s: kind and sensitivity', (_id, c) => {
    const got = results.find((r) => r.c === c)?.got;
    if (c.expect.kind) expect(got?.kind).toBe(c.expect.kind);
    if (c.expect.sensitivity) expect(got?.sensitivity).toBe(c.expect.sensitivity);
  });

  it('gives every finding a one-sentence reason naming the store, and never the value', () => {
    for (const { c, got } of results) {
      expect(got?.reason).toMatch(/^[^\n]+ → [^\n]+: [^\n]+$/);
      const value = det(c).secret.reveal();
      expect(JSON.stringify(got)).not.toContain(value);
    }
  });
});
