import type { Span } from '@unleak/core';
import type { SourceFragment } from './sources/source-fragment.js';

/** Turns offsets in a fragment's text into 1-based file lines and columns (built once per fragment). */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(private readonly source: SourceFragment) {
    const text = source.fragment.text;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  /** `end` is exclusive, so `endColumn` is too. */
  span(start: number, end: number): Span {
    const a = this.position(start);
    const b = this.position(end);
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  }

  /** The text of the fragment line holding `offset`, and of the line before it ('' at the top). */
  linesAround(offset: number): { line: string; previous: string } {
    const i = this.lineOf(offset);
    return { line: this.lineText(i), previous: i > 0 ? this.lineText(i - 1) : '' };
  }

  private lineText(i: number): string {
    const text = this.source.fragment.text;
    const from = this.starts[i] ?? 0;
    const next = this.starts[i + 1];
    return text.slice(from, next === undefined ? text.length : next - 1);
  }

  private position(offset: number): { line: number; column: number } {
    const i = this.lineOf(offset);
    const lineStart = this.starts[i] ?? 0;
    const { lineMap } = this.source.fragment;
    const line = lineMap ? (lineMap[i] ?? i + 1) : this.source.firstLine + i;
    const column = i === 0 && !lineMap ? this.source.firstColumn + offset : offset - lineStart + 1;
    return { line, column };
  }

  private lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}
