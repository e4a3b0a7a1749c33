import type { Assignment, Extractor } from '../types.js';
import { forEachLine } from './lines.js';

const ENV_LINE = /^[ \t]*(?:export[ \t]+)?([A-Za-z_][A-Za-z0-9_.-]*)[ \t]*=/;

/**
 * `.env` files: `KEY=value`, `export KEY=value`, quoted values, `# comments`. A blank line ends a group,
 * so the settings people write together (`DB_HOST`, `DB_USER`, `DB_PASSWORD`) travel together.
 */
export const dotenvExtractor: Extractor = {
  id: 'dotenv',
  fileKinds: ['dotenv'],
  extract({ text, file }) {
    const out: Assignment[] = [];
    let group = 0;
    forEachLine(text, (from, to) => {
      const line = text.slice(from, to);
      if (line.trim() === '') {
        group++;
        return;
      }
      const m = ENV_LINE.exec(line);
      if (!m) return;
      const span = dotenvValueSpan(text, from + m[0].length, to);
      if (!span) return;
      out.push({ key: m[1]!, scope: [], value: text.slice(span[0], span[1]), start: span[0], end: span[1], groupId: `${file}#env${group}` });
    });
    return out;
  },
};

const isBlank = (c: string | undefined) => c === ' ' || c === '\t';

/**
 * The value span after `KEY=` (quotes excluded); undefined when there is none. As docker compose and
 * python-dotenv read it, `#` starts a comment only after whitespace and outside quotes, so
 * `URL=postgres://u:#pw#1@db` keeps its `#`s while `KEY= # note` has no value.
 */
export function dotenvValueSpan(text: string, from: number, to: number): [number, number] | undefined {
  let start = from;
  while (start < to && isBlank(text[start])) start++;
  if (start >= to || (text[start] === '#' && start > from)) return undefined;
  const quote = text[start];
  if (quote === '"' || quote === "'" || quote === '`') {
    const close = closingQuote(text, start + 1, to, quote);
    if (close >= 0) return close > start + 1 ? [start + 1, close] : undefined;
  }
  let end = start;
  while (end < to && !(text[end] === '#' && isBlank(text[end - 1]))) end++;
  while (end > start && isBlank(text[end - 1])) end--;
  return end > start ? [start, end] : undefined;
}

/** The offset of the quote closing a value, skipping `\"` escapes inside double quotes; -1 when unclosed. */
function closingQuote(text: string, from: number, to: number, quote: string): number {
  for (let i = from; i < to; i++) {
    if (text[i] === '\\' && quote === '"') i++;
    else if (text[i] === quote) return i;
  }
  return -1;
}
