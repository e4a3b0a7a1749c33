import { describe, expect, it } from 'vitest';
import { sortFindings } from '../../src/filters/sort.js';
import { toDetection } from '../../src/filters/redact.js';
import { pending } from '../helpers.js';

describe('sort step', () => {
  it('orders by file, line, column, rule', () => {
    const items = [
      pending({ file: 'b.ts', line: 1 }),
      pending({ file: 'a.ts', line: 9 }),
      pending({ file: 'a.ts', line: 2, column: 8, rule: 'z' }),
      pending({ file: 'a.ts', line: 2, column: 8, rule: 'a' }),
    ].map(toDetection);
    expect(sortFindings(items).map((f) => `${f.file}:${f.line}:${f.rule}`)).toEqual(['a.ts:2:a', 'a.ts:2:z', 'a.ts:9:demo-token', 'b.ts:1:demo-token']);
  });
});
