import { describe, expect, it } from 'vitest';
import { LineIndex } from '../src/location.js';
import type { SourceFragment } from '../src/sources/source-fragment.js';

const source = (text: string, extra: Partial<SourceFragment> = {}, lineMap?: number[]): SourceFragment => ({
  fragment: { file: 'f', text, fileKind: 'text', isTest: false, ...(lineMap ? { lineMap } : {}) },
  firstLine: 1,
  firstColumn: 1,
  bytes: text.length,
  firstOfFile: true,
  ...extra,
});

describe('LineIndex', () => {
  it('gives 1-based lines and columns with an exclusive end, CRLF included', () => {
    const text = 'a\r\nbb KEY\r\n';
    expect(new LineIndex(source(text)).span(6, 9)).toEqual({ line: 2, column: 4, endLine: 2, endColumn: 7 });
  });
  it('offsets the first line of a window by its start column and later lines by its start line', () => {
    const idx = new LineIndex(source('xyz\nabc', { firstLine: 10, firstColumn: 500 }));
    expect(idx.span(1, 2)).toMatchObject({ line: 10, column: 501 });
    expect(idx.span(5, 6)).toMatchObject({ line: 11, column: 2 });
  });
  it('maps history fragment lines through lineMap', () => {
    expect(new LineIndex(source('one\ntwo', {}, [7, 42])).span(4, 7)).toEqual({ line: 42, column: 1, endLine: 42, endColumn: 4 });
  });
  it('answers offsets in any order, at line starts and at the end of the text', () => {
    const text = 'one\ntwo\nthree\n';
    const idx = new LineIndex(source(text));
    expect(idx.span(text.indexOf('three'), text.length)).toEqual({ line: 3, column: 1, endLine: 4, endColumn: 1 });
    expect(idx.span(0, 3)).toEqual({ line: 1, column: 1, endLine: 1, endColumn: 4 });
    expect(new LineIndex(source(text)).linesAround(text.indexOf('two'))).toEqual({ line: 'two', previous: 'one' });
    expect(new LineIndex(source('no newline')).linesAround(3)).toEqual({ line: 'no newline', previous: '' });
  });
  it('returns the line and the line above for inline ignores', () => {
    expect(new LineIndex(source('# unleak:allow\nkey\n')).linesAround(16)).toEqual({ line: 'key', previous: '# unleak:allow' });
  });
});
