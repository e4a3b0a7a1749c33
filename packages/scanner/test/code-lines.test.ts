import { describe, expect, it } from 'vitest';
import { codeExtractor } from '../src/extract/code.js';
import type { Fragment } from '../src/types.js';

const extract = (file: string, text: string) => {
  const fragment: Fragment = { file, text, fileKind: file.endsWith('.py') ? 'python' : file.endsWith('.go') ? 'go' : 'typescript', isTest: false };
  return codeExtractor.extract(fragment).map((a) => ({ key: a.key, value: a.value, at: text.slice(a.start, a.end) }));
};

/**
 * The assignment pattern searches only lines holding an operator followed by a quote; these texts put
 * assignments where a line-by-line search could go wrong: first and last line (no final newline), two on
 * one line, CRLF, type annotations, string prefixes, and lines in between that hold none.
 */
describe('code assignments, searched line by line', () => {
  it('finds every assignment, with offsets into the whole text', () => {
    const text = [
      "const password = 'first-line';",
      'function f(a, b) {',
      '  return a + b;',
      '}',
      'const a = "x1", token = `x2`;',
      'let secret: string = "typed";',
      "opts.apiKey='crlf-value'\r",
      'call(x, y)',
      '// nothing: here',
      "const last = 'no-newline'",
    ].join('\n');
    const found = extract('app.ts', text);
    for (const a of found) expect(a.at).toBe(a.value);
    expect(found.map((a) => [a.key, a.value])).toEqual([
      ['password', 'first-line'],
      ['a', 'x1'],
      ['token', 'x2'],
      ['secret', 'typed'],
      ['apiKey', 'crlf-value'],
      ['last', 'no-newline'],
    ]);
  });

  it('reads Python prefixes and Go declarations', () => {
    const py = extract('settings.py', 'import os\n\nDB_PASSWORD = r"raw-value"\nx = 1\n');
    expect(py.map((a) => [a.key, a.value])).toEqual([['DB_PASSWORD', 'raw-value']]);
    const go = extract('main.go', 'package main\n\nvar token string = "go-value"\nfunc main() {}\n');
    expect(go.map((a) => [a.key, a.value])).toEqual([['token', 'go-value']]);
  });

  it('finds nothing on lines without an operator before a quote', () => {
    expect(extract('app.ts', 'print("password")\nconst n = 42;\nfoo(bar, "token")\n')).toEqual([]);
  });
});
