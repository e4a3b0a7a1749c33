import { isMap, parseAllDocuments } from 'yaml';
import { lineEnd, lineStart } from './text.js';

/**
 * Ansible INI inventories: `[group]` sections of host lines (`host k=v k2="v w"`, split like a shell word
 * list, `#` starts a comment) and `[group:vars]` sections of one `key=value` per line (all after `=` is
 * the value). In both places a double-quoted value is read as a Python string literal, so
 * `k="{{ lookup('…') }}"` reaches Ansible without its quotes.
 */

/** One `key=value` assignment in an INI inventory, with the value's offsets (quotes included). */
export interface IniAssignment {
  key: string;
  /** The whole `key=value` token (host line) or line content (vars section), for deletions. */
  start: number;
  end: number;
  valueStart: number;
  valueEnd: number;
  quote: '' | '"' | "'";
  /** Offsets of the value between its quotes. */
  contentStart: number;
  contentEnd: number;
  /** A `[group:vars]` line (one assignment per line) rather than a host line. */
  inVarsSection: boolean;
}

const SECTION = /^\s*\[([^\]\s]+)\]\s*$/;

/**
 * True for inventories written as INI: a `.ini` file, or an extension-less one (`inventory/hosts`) that
 * has a `[group]` line or is not a YAML mapping (bare `host key=value` lines parse as one YAML string).
 */
export function isIniInventory(path: string, text: string): boolean {
  const base = path.split('/').pop() ?? path;
  if (/\.ini$/i.test(base)) return true;
  if (base.includes('.')) return false;
  if (text.split('\n').some((l) => SECTION.test(l))) return true;
  return !parseAllDocuments(text).some((d) => isMap(d.contents));
}

/** The section name governing the line at `offset` (`''` before the first header). */
function sectionAt(text: string, offset: number): string {
  let section = '';
  for (const line of text.slice(0, lineStart(text, offset)).split('\n')) {
    const m = SECTION.exec(line);
    if (m) section = m[1] ?? '';
  }
  return section;
}

/** The assignment whose value contains the span, or why there is none. */
export function iniAssignmentAt(text: string, span: { start: number; end: number }): IniAssignment | { problem: string } {
  const from = lineStart(text, span.start);
  const to = lineEnd(text, span.start);
  if (span.end > to) return { problem: 'the secret spans several lines' };
  const line = text.slice(from, to);
  if (/^\s*[#;]/.test(line) || SECTION.test(line)) return { problem: 'the secret is in a comment or section header' };
  const section = sectionAt(text, span.start);
  if (section.endsWith(':children')) return { problem: 'the secret is in a `:children` section' };
  const tokens = section.endsWith(':vars') ? varsLineToken(line) : hostLineTokens(line);
  if ('problem' in tokens) return tokens;
  for (const token of tokens) {
    const a = assignmentOf(text, from, token, section.endsWith(':vars'));
    if (a && a.contentStart <= span.start && span.end <= a.contentEnd) return a;
  }
  return { problem: 'the secret is not the value of a `key=value` host or group variable' };
}

interface Token {
  start: number;
  end: number;
}

function varsLineToken(line: string): Token[] {
  const start = line.length - line.trimStart().length;
  return [{ start, end: line.trimEnd().length }];
}

/** Whitespace-separated words with `'…'` / `"…"` quoting (backslash escapes inside `"`), up to a `#` comment. */
function hostLineTokens(line: string): Token[] | { problem: string } {
  const tokens: Token[] = [];
  let i = 0;
  while (i < line.length) {
    while (i < line.length && /\s/.test(line[i] ?? '')) i++;
    if (i >= line.length || line[i] === '#') break;
    const start = i;
    while (i < line.length && !/\s/.test(line[i] ?? '')) {
      const quote = line[i];
      if (quote === '"' || quote === "'") {
        i++;
        while (i < line.length && line[i] !== quote) i += quote === '"' && line[i] === '\\' ? 2 : 1;
        if (i >= line.length) return { problem: 'the host line has an unclosed quote' };
      }
      i++;
    }
    tokens.push({ start, end: i });
  }
  return tokens;
}

function assignmentOf(text: string, lineFrom: number, token: Token, inVarsSection: boolean): IniAssignment | undefined {
  const raw = text.slice(lineFrom + token.start, lineFrom + token.end);
  const eq = raw.indexOf('=');
  if (eq <= 0) return undefined;
  const key = raw.slice(0, eq).trim();
  let valueOffset = eq + 1;
  while (inVarsSection && /\s/.test(raw[valueOffset] ?? '')) valueOffset++;
  const value = raw.slice(valueOffset);
  const first = value[0];
  const quoted = value.length >= 2 && (first === '"' || first === "'") && value.endsWith(first);
  const quote = quoted ? (first as '"' | "'") : '';
  const valueStart = lineFrom + token.start + valueOffset;
  const valueEnd = lineFrom + token.end;
  const inset = quoted ? 1 : 0;
  return { key, start: lineFrom + token.start, end: valueEnd, valueStart, valueEnd, quote, contentStart: valueStart + inset, contentEnd: valueEnd - inset, inVarsSection };
}

/** `text` as a double-quoted INI value: shlex and Python's literal_eval both read `\\` and `\"` back. */
export function iniDoubleQuoted(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** A line a rewrite broke: an unclosed quote on a host line, or a quoted vars value with text after it. */
export function iniSyntaxError(text: string): string | undefined {
  let section = '';
  for (const [index, line] of text.split('\n').entries()) {
    const header = SECTION.exec(line);
    if (header) {
      section = header[1] ?? '';
      continue;
    }
    if (/^\s*([#;]|$)/.test(line)) continue;
    if (section.endsWith(':vars')) {
      const value = line.slice(line.indexOf('=') + 1).trim();
      const q = value[0];
      if ((q === '"' || q === "'") && !(value.length >= 2 && value.endsWith(q))) return `INI inventory line ${index + 1} has an unbalanced quote`;
    } else if ('problem' in hostLineTokens(line)) return `INI inventory line ${index + 1} has an unclosed quote`;
  }
  return undefined;
}
