import { describe, expect, it } from 'vitest';
import { locate } from '../src/located.js';
import type { SourceFragment } from '../src/sources/source-fragment.js';
import type { Candidate } from '../src/types.js';

const source = (text: string): SourceFragment => ({ fragment: { file: 'bundle.min.js', text, fileKind: 'javascript', isTest: false }, firstLine: 1, firstColumn: 1, bytes: text.length, firstOfFile: true });

const candidate = (text: string, secret: string, key: string): Candidate => {
  const start = text.indexOf(secret);
  return { ruleId: 'demo', secret: text.slice(start, start + secret.length), start, end: start + secret.length, kind: 'password', sensitivity: 'medium', store: 'ssm-secure', context: { fileKind: 'javascript', key, scope: ['config'] } };
};

describe('locate', () => {
  const line = `var a={${'x:1,'.repeat(5000)}p1:"first-value-123",${'y:2,'.repeat(5000)}p2:"second-value-456"}`;
  const text = `// header\n${line}\n`;
  const found = locate(source(text), [candidate(text, 'first-value-123', 'p1'), candidate(text, 'second-value-456', 'p2')]).found;

  it('places each candidate and keeps its strings', () => {
    expect(found.map((f) => [f.span.line, f.span.column, f.candidate.secret, f.candidate.context.key, f.candidate.context.scope])).toEqual([
      [2, line.indexOf('first-value-123') + 1, 'first-value-123', 'p1', ['config']],
      [2, line.indexOf('second-value-456') + 1, 'second-value-456', 'p2', ['config']],
    ]);
  });

  it('gives candidates on one line the same copy of it and of the line above', () => {
    expect(found[0]!.around).toEqual({ line, previous: '// header' });
    expect(found[1]!.around).toBe(found[0]!.around);
  });
});
