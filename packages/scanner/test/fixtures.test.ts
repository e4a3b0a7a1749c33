import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { fake } from '@unleak/core';
import { scan } from '../src/index.js';
import { tempDir } from './helpers.js';

/**
 * Whole-file behaviour as folders: `ok.<case>/` must produce no finding, `ng.<case>/` exactly the findings
 * in its expected.json (each listed field must match). Fixture files hold recipes such as
 * `AKIA@@upper:16:seed@@`, materialised into a temp dir at test time so the repository holds no
 * well-formed token. Names that git itself would treat specially are stored renamed (`dot-gitignore`,
 * `_node_modules`).
 */
const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
const RENAMES: Record<string, string> = { 'dot-gitignore': '.gitignore', _node_modules: 'node_modules' };
const RECIPE = /@@(alnum|upper|lower|hex|base64|base64url|digits|password):(\d{1,4}):([\w-]{1,40})@@/g;

export function materialise(text: string): string {
  return text.replace(RECIPE, (_m, fn: keyof typeof fake, n: string, seed: string) => fake[fn](Number(n), seed));
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const abs = join(dir, name);
    return statSync(abs).isDirectory() ? filesUnder(abs) : [abs];
  });
}

const work = tempDir('unleak-fixtures-');
afterAll(() => work.cleanup());

describe('fixture folders', () => {
  const cases = readdirSync(FIXTURES).filter((n) => /^(ok|ng)\./.test(n));
  it('has both kinds of cases', () => {
    expect(cases.some((c) => c.startsWith('ok.')) && cases.some((c) => c.startsWith('ng.'))).toBe(true);
  });
  it.each(cases)('%s', async (name) => {
    const source = join(FIXTURES, name);
    const target = join(work.path, name);
    const secrets: string[] = [];
    for (const abs of filesUnder(source)) {
      const rel = relative(source, abs);
      if (rel === 'expected.json') continue;
      const out = join(target, ...rel.split(/[\\/]/).map((s) => RENAMES[s] ?? s));
      mkdirSync(dirname(out), { recursive: true });
      const raw = readFileSync(abs, 'utf8');
      for (const m of raw.matchAll(RECIPE)) secrets.push(materialise(m[0]));
      writeFileSync(out, materialise(raw));
    }
    const expected = JSON.parse(readFileSync(join(source, 'expected.json'), 'utf8')) as { findings: Record<string, unknown>[] };
    const { detections } = await scan({ root: target });
    expect(detections.map((d) => ({ rule: d.rule, file: d.file, line: d.line, column: d.column, sensitivity: d.sensitivity }))).toEqual(
      expected.findings.map((e) => expect.objectContaining(e)),
    );
    if (name.startsWith('ok.')) expect(detections).toEqual([]);
    for (const d of detections) for (const s of secrets) expect(JSON.stringify(d)).not.toContain(s);
  });
});
