import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { baselineOf, formatBaseline, parseBaseline, readBaseline, writeBaseline } from '../src/baseline.js';
import { toDetection } from '../src/filters/redact.js';
import { pending, tempDir } from './helpers.js';

describe('baseline', () => {
  let dir: ReturnType<typeof tempDir>;
  beforeEach(() => (dir = tempDir()));
  afterEach(() => dir.cleanup());

  const findings = [
    toDetection(pending({ file: 'b.ts', fingerprint: '2222', line: 9 })),
    toDetection(pending({ file: 'a.ts', fingerprint: '1111' })),
    toDetection(pending({ file: 'a.ts', fingerprint: '1111', line: 40 })),
  ];

  it('holds one sorted entry per fingerprint and file, without values or line numbers', () => {
    const text = formatBaseline(baselineOf(findings));
    expect(JSON.parse(text)).toEqual({
      version: 1,
      entries: [
        { fingerprint: '1111', rule: 'demo-token', file: 'a.ts', redacted: findings[1]!.redacted },
        { fingerprint: '2222', rule: 'demo-token', file: 'b.ts', redacted: findings[0]!.redacted },
      ],
    });
    expect(text).not.toMatch(/line|generated|\d{4}-\d\d-\d\d/);
    expect(text).not.toContain(findings[0]!.secret.reveal());
    expect(formatBaseline(baselineOf([...findings].reverse()))).toBe(text);
  });

  it('round-trips through a file', async () => {
    const path = join(dir.path, '.unleak-baseline.json');
    await writeBaseline(path, baselineOf(findings));
    expect(await readBaseline(path)).toEqual(baselineOf(findings));
  });

  it('reports every problem in a malformed baseline, naming the file', async () => {
    expect(parseBaseline({ version: 2, entries: [{ rule: 'x' }, {}] }).problems).toEqual([
      "version: expected 1, got 2; regenerate it with 'unleak baseline'",
      'entries[0]: missing fingerprint, file',
      'entries[1]: missing fingerprint, rule, file',
    ]);
    const path = join(dir.path, 'bad.json');
    writeFileSync(path, '{nope');
    await expect(readBaseline(path)).rejects.toThrow(/bad\.json: not valid JSON/);
    await expect(readBaseline(join(dir.path, 'missing.json'))).rejects.toThrow(/cannot read the baseline file/);
  });
});
