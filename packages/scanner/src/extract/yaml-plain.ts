import { MAX_TREE_DEPTH, type MapNode, type ScalarNode, type SeqNode, type TreeNode } from './tree.js';

/**
 * A reader for the plain subset of YAML that configuration files are written in — block maps and lists,
 * plain, quoted and literal (`|`) scalars, comments, `---` documents — an order of magnitude faster than
 * the full parser. It gives up (undefined) on anything else: flow collections, anchors, aliases, tags,
 * folded or multi-line scalars, complex keys, directives, tabs; the full parser reads those files.
 * Values resolve as YAML 1.2's core schema does, so the tree is the one the full parser would give.
 */
export function parsePlainYaml(text: string): TreeNode[] | undefined {
  try {
    return new Reader(text).documents();
  } catch (e) {
    if (e === GIVE_UP) return undefined;
    throw e;
  }
}

const GIVE_UP = Symbol('not plain YAML');
function giveUp(): never {
  throw GIVE_UP;
}

interface Line {
  start: number;
  /** End of the content, before `\r\n` or `\n`. */
  end: number;
  /** Column of the first non-space character; -1 for blank and comment-only lines. */
  indent: number;
}

/** Characters that start something other than a plain key or value. */
const INDICATOR = /^[[\]{}&*!|>%@`?,]/;
const NULL = /^(?:~|null|Null|NULL)?$/;
const NOT_STRING = /^(?:true|True|TRUE|false|False|FALSE|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
const PLAIN_INT_KEY = /^(?:0|[1-9][0-9]*)$/;
const BLOCK_LITERAL = /^\|([-+]?)[ \t]*(?:#.*)?$/;
const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\', '/': '/', '0': '\0', ' ': ' ', b: '\b', e: '\x1b', a: '\x07', v: '\v', f: '\f' };

class Reader {
  private readonly lines: Line[] = [];
  private at = 0;

  constructor(private readonly text: string) {
    for (let from = 0; from <= text.length; ) {
      let nl = text.indexOf('\n', from);
      if (nl === -1) nl = text.length;
      const end = nl > from && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      let i = from;
      while (i < end && text.charCodeAt(i) === 32) i++;
      if (text.charCodeAt(i) === 9) giveUp();
      this.lines.push({ start: from, end, indent: i === end || text.charCodeAt(i) === 35 ? -1 : i - from });
      from = nl + 1;
    }
  }

  documents(): TreeNode[] {
    const roots: TreeNode[] = [];
    for (;;) {
      this.skipBlank();
      if (this.at >= this.lines.length) return roots;
      const line = this.lines[this.at]!;
      const content = this.text.slice(line.start, line.end);
      if (content.startsWith('%')) giveUp();
      if (/^(?:---|\.\.\.)(?:[ \t]+#.*)?[ \t]*$/.test(content)) {
        this.at++;
        continue;
      }
      if (content.startsWith('---') || content.startsWith('...')) giveUp();
      if (line.indent !== 0) giveUp();
      const root = this.node(0, line.start, 0);
      if (root) roots.push(root);
    }
  }

  private isDocumentMarker(line: Line): boolean {
    return line.indent === 0 && (this.text.startsWith('---', line.start) || this.text.startsWith('...', line.start));
  }

  private skipBlank(): void {
    while (this.at < this.lines.length && this.lines[this.at]!.indent === -1) this.at++;
  }

  /** The block node starting at offset `from` on the current line, whose lines are at column `column`. */
  private node(column: number, from: number, depth: number): TreeNode | undefined {
    if (depth > MAX_TREE_DEPTH) giveUp();
    if (this.isItem(from)) return this.sequence(column, from, depth);
    if (this.keyEnd(from) !== undefined) return this.mapping(column, from, depth);
    const line = this.lines[this.at]!;
    const scalar = this.scalar(from, line.end);
    this.at++;
    this.skipBlank();
    if (this.at < this.lines.length && this.lines[this.at]!.indent > column - 1 && column > 0) giveUp();
    return scalar;
  }

  private isItem(from: number): boolean {
    const c = this.text.charCodeAt(from + 1);
    return this.text.charCodeAt(from) === 45 && (from + 1 === this.lines[this.at]!.end || c === 32);
  }

  private mapping(column: number, from: number, depth: number): MapNode {
    const map: MapNode = { type: 'map', start: from, entries: [] };
    let at = from;
    for (;;) {
      const line = this.lines[this.at]!;
      const keyEnd = this.keyEnd(at);
      if (keyEnd === undefined) giveUp();
      const key = this.key(at, keyEnd);
      let value = keyEnd + 1;
      while (value < line.end && this.text.charCodeAt(value) === 32) value++;
      const entry = value === line.end || this.text.charCodeAt(value) === 35 ? this.nested(column, depth) : this.inline(value, line.end, column);
      if (entry) map.entries.push({ key, value: entry });
      this.skipBlank();
      const next = this.lines[this.at];
      if (!next || next.indent < column || this.isDocumentMarker(next)) return map;
      if (next.indent > column) giveUp();
      at = next.start + column;
      if (this.isItem(at)) return map;
    }
  }

  /** The value of `key:` on the lines below: a deeper block, or a list at the key's own column. */
  private nested(column: number, depth: number): TreeNode | undefined {
    this.at++;
    this.skipBlank();
    const next = this.lines[this.at];
    if (!next) return undefined;
    if (next.indent > column) return this.node(next.indent, next.start + next.indent, depth + 1);
    if (next.indent === column && this.isItem(next.start + column)) return this.sequence(column, next.start + column, depth + 1);
    return undefined;
  }

  private sequence(column: number, from: number, depth: number): SeqNode {
    const seq: SeqNode = { type: 'seq', start: from, items: [] };
    let at = from;
    for (;;) {
      const line = this.lines[this.at]!;
      let content = at + 1;
      while (content < line.end && this.text.charCodeAt(content) === 32) content++;
      let item: TreeNode | undefined;
      if (content === line.end || this.text.charCodeAt(content) === 35) {
        item = this.nested(column, depth);
      } else if (this.isItem(content)) {
        giveUp();
      } else if (this.keyEnd(content) !== undefined) {
        item = this.mapping(content - line.start, content, depth + 1);
      } else {
        item = this.inline(content, line.end, column);
      }
      if (item) seq.items.push(item);
      this.skipBlank();
      const next = this.lines[this.at];
      if (!next || next.indent < column || this.isDocumentMarker(next)) return seq;
      if (next.indent > column) giveUp();
      at = next.start + column;
      if (!this.isItem(at)) return seq;
    }
  }

  /** A value on the key's (or dash's) line: a scalar, or a literal block below it. */
  private inline(from: number, to: number, column: number): ScalarNode | undefined {
    const header = this.text.slice(from, to);
    const literal = BLOCK_LITERAL.exec(header);
    if (literal) return this.literal(from, column, literal[1]!);
    const scalar = this.scalar(from, to);
    this.at++;
    this.skipBlank();
    const next = this.lines[this.at];
    if (next && next.indent > column) giveUp();
    return scalar;
  }

  private scalar(from: number, to: number): ScalarNode | undefined {
    const { text } = this;
    const quote = text[from];
    if (quote === '"' || quote === "'") {
      const close = quote === '"' ? closingDoubleQuote(text, from + 1, to) : closingSingleQuote(text, from + 1, to);
      if (close === -1 || !isTrailing(text, close + 1, to)) giveUp();
      const value = text.slice(from + 1, close);
      const parsed = quote === '"' ? unescapeDouble(value) : value.replace(/''/g, "'");
      const node: ScalarNode = { type: 'scalar', value, start: from + 1, end: close, rawStart: from, rawEnd: close + 1, isString: true };
      if (parsed !== value) node.decoded = parsed;
      return node;
    }
    if (INDICATOR.test(text[from] ?? '') || (text[from] === '-' && (text[from + 1] === ' ' || from + 1 === to))) giveUp();
    let end = to;
    for (let i = from + 1; i < to; i++) {
      if (text.charCodeAt(i) === 35 && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) {
        end = i;
        break;
      }
    }
    while (end > from && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--;
    const value = text.slice(from, end);
    if (value.includes(': ') || value.endsWith(':')) giveUp();
    if (NULL.test(value)) return undefined;
    return { type: 'scalar', value, start: from, end, rawStart: from, rawEnd: end, isString: !NOT_STRING.test(value) };
  }

  /** `|`, `|-`, `|+`: the lines below, deeper than `column`, kept as written. */
  private literal(header: number, column: number, chomping: string): ScalarNode | undefined {
    const { text } = this;
    this.at++;
    const first = this.at;
    let indent = -1;
    let last = -1;
    while (this.at < this.lines.length) {
      const line = this.lines[this.at]!;
      const spaces = leadingSpaces(text, line.start, line.end);
      const blank = spaces === line.end - line.start;
      if (!blank) {
        if (indent === -1) indent = spaces;
        if (spaces < indent || spaces <= column) break;
        last = this.at;
      }
      this.at++;
    }
    if (indent === -1 || indent <= column) giveUp();
    this.at = last + 1;
    const start = this.lines[first]!.start;
    const end = this.lines[last]!.end;
    const body: string[] = [];
    for (let i = first; i <= last; i++) {
      const line = this.lines[i]!;
      if (leadingSpaces(text, line.start, line.end) === line.end - line.start && line.end - line.start < indent) body.push('');
      else body.push(text.slice(line.start + indent, line.end));
    }
    if (chomping === '+') giveUp();
    const parsed = body.join('\n') + (chomping === '-' ? '' : '\n');
    const value = text.slice(start, end);
    const newline = text.indexOf('\n', end);
    const node: ScalarNode = { type: 'scalar', value, start, end, rawStart: header, rawEnd: newline === -1 ? end : newline + 1, isString: true };
    if (parsed !== value) node.decoded = parsed;
    return node;
  }

  /** Offset of the `:` that ends a key starting at `from`, or undefined when the line holds no `key:`. */
  private keyEnd(from: number): number | undefined {
    const { text } = this;
    const line = this.lines[this.at]!;
    const quote = text[from];
    let i = from;
    if (quote === '"' || quote === "'") {
      const close = quote === '"' ? closingDoubleQuote(text, from + 1, line.end) : closingSingleQuote(text, from + 1, line.end);
      if (close === -1) return undefined;
      i = close + 1;
      while (i < line.end && text.charCodeAt(i) === 32) i++;
      return text.charCodeAt(i) === 58 && (i + 1 === line.end || text.charCodeAt(i + 1) === 32) ? i : undefined;
    }
    for (; i < line.end; i++) {
      const c = text.charCodeAt(i);
      if (c === 58 && (i + 1 === line.end || text.charCodeAt(i + 1) === 32)) return i;
      if (c === 35 && text.charCodeAt(i - 1) === 32) return undefined;
    }
    return undefined;
  }

  private key(from: number, colon: number): string {
    const { text } = this;
    const quote = text[from];
    if (quote === '"' || quote === "'") {
      const close = text.lastIndexOf(quote, colon);
      const raw = text.slice(from + 1, close);
      return quote === '"' ? unescapeDouble(raw) : raw.replace(/''/g, "'");
    }
    const key = text.slice(from, colon).trimEnd();
    if (key === '' || INDICATOR.test(key) || key === '-' || key.startsWith('- ') || key === '<<') giveUp();
    if ((NOT_STRING.test(key) && !PLAIN_INT_KEY.test(key)) || NULL.test(key)) giveUp();
    return key;
  }
}

function leadingSpaces(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && text.charCodeAt(i) === 32) i++;
  return i - from;
}

function closingDoubleQuote(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 92) i++;
    else if (c === 34) return i;
  }
  return -1;
}

function closingSingleQuote(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    if (text.charCodeAt(i) !== 39) continue;
    if (text.charCodeAt(i + 1) === 39) i++;
    else return i;
  }
  return -1;
}

function isTrailing(text: string, from: number, to: number): boolean {
  let i = from;
  while (i < to && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  return i === to || (text.charCodeAt(i) === 35 && i > from);
}

function unescapeDouble(raw: string): string {
  if (!raw.includes('\\')) return raw;
  return raw.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/g, (_, e: string) => {
    if (e.length > 1) return String.fromCodePoint(parseInt(e.slice(1), 16));
    const plain = ESCAPES[e];
    if (plain === undefined) giveUp();
    return plain;
  });
}
