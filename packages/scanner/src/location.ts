import type { Span } from '@unleak/core';
import type { SourceFragment } from './sources/source-fragment.js';

/**
 * Turns offsets in a fragment's text into 1-based file lines and columns. Line starts are found as far as
 * the offsets asked about reach (findings are few, and often early in a long file).
 */
export class LineIndex {
  private readonly starts: number[] = [0];
  /** Where the search for the next line feed resumes; -1 once the text has no more. */
  private searchFrom = 0;
  private readonly around = new Map<number, { line: string; previous: string }>();

  constructor(private readonly source: SourceFragment) {}

  /** Records line starts up to and including the end of the line holding `offset`. */
  private reach(offset: number): void {
    const text = this.source.fragment.text;
    while (this.searchFrom !== -1 && (this.starts[this.starts.length - 1] ?? 0) <= offset) {
      const nl = text.indexOf('\n', this.searchFrom);
      if (nl === -1) {
        this.searchFrom = -1;
        break;
      }
      this.starts.push(nl + 1);
      this.searchFrom = nl + 1;
    }
  }

  /** `end` is exclusive, so `endColumn` is too. */
  span(start: number, end: number): Span {
    const a = this.position(start);
    const b = this.position(end);
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  }

  /**
   * The text of the fragment line holding `offset`, and of the line before it ('' at the top): the same object
   * for every offset on one line (a minified line can hold hundreds of candidates).
   */
  linesAround(offset: number): { line: string; previous: string } {
    const i = this.lineOf(offset);
    let around = this.around.get(i);
    if (around === undefined) {
      around = { line: this.lineText(i), previous: i > 0 ? this.lineText(i - 1) : '' };
      this.around.set(i, around);
    }
    return around;
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
    this.reach(offset);
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
