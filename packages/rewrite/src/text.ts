import type { Edit } from './types.js';

export function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Offset of the newline ending the line at `offset` (or the text length). */
export function lineEnd(text: string, offset: number): number {
  const i = text.indexOf('\n', offset);
  return i === -1 ? text.length : i;
}

/** The whole line at `offset` including its newline, for deletions. */
export function fullLine(text: string, offset: number): { start: number; end: number } {
  const start = lineStart(text, offset);
  const end = lineEnd(text, offset);
  return { start, end: end < text.length ? end + 1 : end };
}

/** 1-based line of an offset. */
export function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

export function lineEnding(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

export interface QuotedLiteral {
  /** Offsets of the whole literal, quotes included. */
  start: number;
  end: number;
  quote: string;
  contentStart: number;
  contentEnd: number;
}

/**
 * The string literal on the span's line that contains the span, by a single left-to-right lex of that line.
 * `escapes` lists the quotes in which a backslash escapes the next character (not `'` in shell).
 */
export function quotedLiteralAround(
  text: string,
  span: { start: number; end: number },
  quotes: readonly string[],
  escapes: readonly string[] = quotes,
): QuotedLiteral | undefined {
  const from = lineStart(text, span.start);
  const to = lineEnd(text, span.end);
  let i = from;
  while (i < to) {
    const quote = quotes.find((q) => text.startsWith(q, i));
    if (quote === undefined) {
      i++;
      continue;
    }
    const contentStart = i + quote.length;
    let j = contentStart;
    while (j < to && !text.startsWith(quote, j)) j += escapes.includes(quote) && text[j] === '\\' ? 2 : 1;
    if (j >= to) return undefined;
    if (contentStart <= span.start && span.end <= j) return { start: i, end: j + quote.length, quote, contentStart, contentEnd: j };
    i = j + quote.length;
  }
  return undefined;
}

/**
 * Apply splices to `text`. Identical duplicates collapse to one; an edit overlapping an earlier one is
 * returned in `rejected` instead of applied; insertions at the same offset appear in their given order.
 */
export function applyEdits(text: string, edits: readonly Edit[]): { text: string; rejected: Edit[] } {
  const unique: Edit[] = [];
  const rejected: Edit[] = [];
  for (const e of edits) {
    if (unique.some((u) => u.start === e.start && u.end === e.end && u.text === e.text)) continue;
    if (unique.some((u) => e.start < u.end && u.start < e.end)) rejected.push(e);
    else unique.push(e);
  }
  // Right to left so earlier offsets stay valid; insertions at one point keep their given order.
  const ordered = unique.map((e, i) => ({ e, i })).sort((a, b) => b.e.start - a.e.start || b.e.end - a.e.end || b.i - a.i);
  let out = text;
  for (const { e } of ordered) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return { text: out, rejected };
}
