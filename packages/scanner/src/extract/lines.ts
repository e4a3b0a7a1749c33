/** Lines longer than this are minified data or binary noise, not hand-written configuration. */
export const MAX_LINE_LENGTH = 8192;

/** Calls `visit(from, to)` for each line (`to` excludes the newline), skipping over-long lines. */
export function forEachLine(text: string, visit: (from: number, to: number) => void): void {
  let from = 0;
  while (from <= text.length) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    if (to - from <= MAX_LINE_LENGTH) visit(from, text[to - 1] === '\r' ? to - 1 : to);
    from = to + 1;
  }
}
