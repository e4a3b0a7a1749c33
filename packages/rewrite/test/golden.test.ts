import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FileKind } from '@unleak/core';
import { rewriteFile } from '../src/index.js';
import { loadFixture, syntaxProblem, toTarget } from './golden-support.js';

/**
 * One folder per case: `golden/<fileKind>.<case>/{before.<ext>, targets.json, after.<ext>, expected.json}`.
 * A new case is a folder. `UPDATE_GOLDEN=1` rewrites `after` and `expected.json` for review.
 */
const GOLDEN = join(import.meta.dirname, 'golden');
const update = process.env['UPDATE_GOLDEN'] === '1';

const cases = readdirSync(GOLDEN).filter((d) => existsSync(join(GOLDEN, d, 'targets.json'))).sort();

describe('golden rewrites', () => {
  it('has at least 30 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });

  it.each(cases)('%s', async (name) => {
    const dir = join(GOLDEN, name);
    const fileKind = name.slice(0, name.indexOf('.')) as FileKind;
    const beforeName = readdirSync(dir).find((f) => f.startsWith('before'));
    if (!beforeName) throw new Error(`${name}: no before.* file`);
    const afterName = beforeName.replace(/^before/, 'after');
    const before = readFileSync(join(dir, beforeName), 'utf8');
    const fixture = loadFixture(join(dir, 'targets.json'));
    const targets = fixture.targets.map((t) => toTarget(before, t));
    const result = await rewriteFile({ path: fixture.path, fileKind, text: before, targets, ...(fixture.options ? { options: fixture.options } : {}) });
    const summary = {
      changed: result.changed,
      notes: result.notes,
      manual: result.manual,
      extraFiles: result.extraFiles ?? [],
      widened: result.widened ?? [],
    };
    if (update) {
      writeFileSync(join(dir, afterName), result.text);
      writeFileSync(join(dir, 'expected.json'), `${JSON.stringify(summary, null, 2)}\n`);
    }
    expect(result.text).toBe(readFileSync(join(dir, afterName), 'utf8'));
    expect(summary).toEqual(JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')));

    expect(syntaxProblem(fixture.path, fileKind, result.text)).toBeUndefined();
    for (const extra of result.extraFiles ?? []) expect(syntaxProblem(extra.path, 'extra', extra.text), extra.path).toBeUndefined();
    const everythingShown = JSON.stringify(summary);
    for (const t of fixture.targets) {
      expect(everythingShown.includes(t.value), 'a fake secret leaked into notes, manual, extra files').toBe(false);
      if (!t.manual) expect(result.text.includes(t.value), `${t.value.slice(0, 4)}… still in the rewritten file`).toBe(false);
    }
    expect(result.manual.length).toBe(fixture.targets.filter((t) => t.manual).length);
  });
});
