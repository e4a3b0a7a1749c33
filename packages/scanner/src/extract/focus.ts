import type { FileKind } from '@unleak/core';
import { CREDENTIAL_WORDS } from '../generic/keywords.js';
import type { Assignment, Fragment } from '../types.js';

/**
 * What format-aware extraction reads (`text`) and how its assignments come back to the fragment
 * (`select`: offsets mapped back, or the groups that matter picked out).
 */
export interface FocusedText {
  text: string;
  select(assignments: Assignment[]): Assignment[];
}

/**
 * Format-aware extraction is the costly part of detection (a YAML parse runs at a few MB/s), yet only the
 * lines that hold a credential word or a provider rule's hit (`marks`: offsets from the keyword pass and
 * the rules, ascending) can yield a finding or give one its context. For YAML this keeps each marked line
 * with its siblings (the group a user name travels with a password in), its ancestors (the scope) and any
 * enclosing script; for code and line-based configs the marked line's paragraph; the kept lines are copied
 * in order and parsed alone. Other formats are parsed whole, and only the groups that hold a marked line
 * go on to the generic rules. Undefined when nothing is marked: nothing to extract.
 */
export function focusText(fragment: Pick<Fragment, 'text' | 'fileKind'>, marks: readonly number[]): FocusedText | undefined {
  if (marks.length === 0) return undefined;
  const { text } = fragment;
  const focus = FOCUS_BY_KIND[fragment.fileKind] ?? markedGroups;
  const plan = focus(text, marks);
  if (plan === 'whole') return { text, select: (assignments) => assignments };
  if (plan === 'marked-groups') return { text, select: (assignments) => inMarkedGroups(text, marks, assignments) };
  return compact(text, plan);
}

/** Kept line ranges: ascending, non-overlapping `[from, to)` offsets, each starting a line and ending after one. */
type Ranges = number[];
/** Lines to keep; or the whole text, with every assignment (`whole`) or those in marked groups. */
type FocusPlan = Ranges | 'whole' | 'marked-groups';
type Focus = (text: string, marks: readonly number[]) => FocusPlan;

const markedGroups: Focus = () => 'marked-groups';

function compact(text: string, ranges: Ranges): FocusedText {
  if (ranges.length === 2 && ranges[0] === 0 && ranges[1] === text.length) return { text, select: (assignments) => assignments };
  const parts: string[] = [];
  const compactStarts: number[] = [];
  const sourceStarts: number[] = [];
  let length = 0;
  for (let k = 0; k < ranges.length; k += 2) {
    const from = ranges[k]!;
    const to = ranges[k + 1]!;
    compactStarts.push(length);
    sourceStarts.push(from);
    parts.push(text.slice(from, to), '\n');
    length += to - from + 1;
  }
  const toSource = (offset: number) => {
    const run = lastAtOrBefore(compactStarts, offset);
    return sourceStarts[run]! + offset - compactStarts[run]!;
  };
  const select = (assignments: Assignment[]) => {
    for (const a of assignments) {
      const start = toSource(a.start);
      a.end = start + (a.end - a.start);
      a.start = start;
    }
    return assignments;
  };
  return { text: parts.join(''), select };
}

/** Index of the last element of ascending `values` that is <= `at` (0 when none is). */
function lastAtOrBefore(values: readonly number[], at: number): number {
  let lo = 0;
  let hi = values.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (values[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

const CREDENTIAL_WORD = new RegExp(CREDENTIAL_WORDS.map((w) => w.replace(/-/g, '\\-')).join('|'), 'i');
/** Keys repeat across files; whether each names a credential is remembered. */
const namesCredential = new Map<string, boolean>();
const MAX_REMEMBERED_NAMES = 20_000;

function isCredentialName(name: string): boolean {
  let named = namesCredential.get(name);
  if (named === undefined) {
    named = CREDENTIAL_WORD.test(name);
    if (namesCredential.size >= MAX_REMEMBERED_NAMES) namesCredential.clear();
    namesCredential.set(name, named);
  }
  return named;
}

/**
 * The assignments of the groups in which some member sits on a marked line or names a credential in its
 * key (`variable "db_password" { default = … }` is reported under the variable's name).
 */
function inMarkedGroups(text: string, marks: readonly number[], assignments: Assignment[]): Assignment[] {
  const marked = new Set<string | number>();
  // The bounds of each marked line, found once: an assignment's line is marked when its start falls in one.
  const markedLineStarts = marks.map((at) => lineStartOf(text, at));
  const markedLineEnds = marks.map((at) => lineEndOf(text, at));
  for (const a of assignments) {
    const group = a.groupId ?? a.start;
    if (marked.has(group)) continue;
    const i = lastAtOrBefore(markedLineStarts, a.start);
    const lineMarked = markedLineStarts[i]! <= a.start && a.start < markedLineEnds[i]!;
    if (lineMarked || isCredentialName(a.key)) marked.add(group);
  }
  return marked.size === 0 ? [] : assignments.filter((a) => marked.has(a.groupId ?? a.start));
}

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** The offset just after the line holding `offset` (after its newline, or the end of the text). */
function lineEndOf(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl === -1 ? text.length : nl + 1;
}

/** Appends `[from, to)` to ascending ranges, merging it with the last one when they touch. */
function pushRange(ranges: Ranges, from: number, to: number): void {
  const last = ranges.length - 1;
  if (last > 0 && from <= ranges[last]!) ranges[last] = Math.max(ranges[last]!, to);
  else ranges.push(from, to);
}

// ---------------------------------------------------------------------------------------------- paragraphs

/** A paragraph longer than this is a whole function or file; only the lines near the hit are kept. */
const MAX_PARAGRAPH_LINES = 16;
const CONTEXT_LINES = 4;
/** On a longer line (minified code) only a window around each credential word is kept. */
const MAX_LINE_CHARS = 4096;
const WINDOW_BEFORE = 256;
const WINDOW_AFTER = 1024;

/**
 * Code and line-based configs: each credential line's paragraph (blank lines separate groups of related
 * settings), or the lines around it when the paragraph is long.
 */
const paragraphFocus: Focus = (text, marks) => {
  const ranges: Ranges = [];
  let keptTo = -1;
  let lineStart = 0;
  let lineEnd = 0;
  for (const hit of marks) {
    if (hit < keptTo) continue;
    if (hit >= lineEnd) {
      lineStart = lineStartOf(text, hit);
      lineEnd = lineEndOf(text, hit);
    }
    if (lineEnd - lineStart > MAX_LINE_CHARS) {
      keptTo = Math.min(lineEnd, hit + WINDOW_AFTER);
      pushRange(ranges, Math.max(lineStart, hit - WINDOW_BEFORE), keptTo);
      continue;
    }
    let from = lineStart;
    for (let n = 0; n < MAX_PARAGRAPH_LINES && from > 0; n++) {
      const previous = lineStartOf(text, from - 1);
      if (isBlank(text, previous, from)) break;
      from = previous;
    }
    let to = lineEnd;
    for (let n = 0; n < MAX_PARAGRAPH_LINES && to < text.length; n++) {
      const next = lineEndOf(text, to);
      if (isBlank(text, to, next)) break;
      to = next;
    }
    if (countLines(text, from, to) > MAX_PARAGRAPH_LINES) {
      from = Math.max(from, walkLines(text, lineStart, -CONTEXT_LINES));
      to = Math.min(to, walkLines(text, lineStart, CONTEXT_LINES + 1));
    }
    pushRange(ranges, from, to);
    keptTo = to;
  }
  return ranges;
};

function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13 && c !== 10) return false;
  }
  return true;
}

function countLines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** The start of the line `lines` lines after (or before, when negative) the line starting at `lineStart`. */
function walkLines(text: string, lineStart: number, lines: number): number {
  let at = lineStart;
  for (let n = 0; n < lines && at < text.length; n++) at = lineEndOf(text, at);
  for (let n = 0; n > lines && at > 0; n--) at = lineStartOf(text, at - 1);
  return at;
}

// ---------------------------------------------------------------------------------------------- YAML

/** An anchor defined in one block may be used in another; such files are read whole. */
const ANCHOR = /(?:^|[\s:\-[,])&[^\s,[\]{}]/m;
/** Kubernetes Secret data is secret whatever its keys are called; such files are read whole. */
const K8S_SECRET = /^[ \t]*kind:[ \t]*["']?secret\b/im;
/** Tab-indented YAML (read leniently by the extractor) has no indentation structure to focus on. */
const TAB_INDENT = /^\t/m;
const BLOCK_SCALAR_HEADER = /(?:^|[\s:-])[|>][1-9+-]{0,2}[ \t]*(?:#.*)?\r?$/;
/** Root lines that shape the document: markers, and the keys that name a Kubernetes or CloudFormation object. */
const STRUCTURAL_ROOT = /^(?:---|\.\.\.|%|kind:|apiVersion:|AWSTemplateFormatVersion:|metadata:)/;

/**
 * YAML: each credential line with its siblings (the map a user name travels with a password in, or the
 * list of `name`/`value` pairs), the chain of its ancestors (the scope), the whole of any value that spans
 * lines (a block scalar, a list item, a folded string) and of any enclosing block scalar (a script);
 * document markers and the lines that name the document; and every root line when a credential value sits
 * at the root. Children of a credential key are not kept: they are values of their own.
 */
const yamlFocus: Focus = (text, marks) => {
  const head = text.trimStart();
  if (head.startsWith('{') || head.startsWith('[') || ANCHOR.test(text) || K8S_SECRET.test(text) || TAB_INDENT.test(text)) return 'whole';
  const tree = new IndentTree(text);
  const keep = new Uint8Array(tree.count);
  const keepBlock = (i: number) => keep.fill(1, i, tree.blockEnd[i]! + 1);
  const keepEntry = (i: number) => {
    if (tree.spansLines(i)) keepBlock(i);
    else keep[i] = 1;
  };
  const siblingsKept = new Set<number>();
  let credentialAtRoot = false;
  let line = 0;
  for (const hit of marks) {
    while (tree.ends[line]! < hit) line++;
    if (tree.depth[line] === -1) continue;
    keepEntry(line);
    const parent = tree.parent[line]!;
    let script = -1;
    for (let a = parent; a !== -1; a = tree.parent[a]!) {
      keep[a] = 1;
      if (tree.isBlockScalar(a)) script = a;
    }
    if (script !== -1) keepBlock(script);
    else if (parent === -1) credentialAtRoot ||= tree.hasInlineValue(line);
    else if (!siblingsKept.has(parent)) {
      siblingsKept.add(parent);
      for (let j = parent + 1; j <= tree.blockEnd[parent]!; j++) if (tree.parent[j] === parent) keepEntry(j);
    }
  }
  for (let i = 0; i < tree.count; i++) {
    if (tree.parent[i] !== -1 || tree.depth[i] === -1) continue;
    if (STRUCTURAL_ROOT.test(tree.lineText(i))) keepBlock(i);
    else if (credentialAtRoot) keepEntry(i);
  }
  const ranges: Ranges = [];
  for (let i = 0; i < tree.count; i++) if (keep[i] === 1) pushRange(ranges, tree.starts[i]!, Math.min(tree.ends[i]! + 1, text.length));
  return ranges;
};

/**
 * The indentation structure of a YAML text: each content line's parent (the nearest line above it that
 * is less indented; a `- ` item counts half a step deeper, so a compact list under `env:` is its child)
 * and the last content line of its block. Blank and comment lines have depth -1.
 */
class IndentTree {
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  readonly depth: number[] = [];
  readonly parent: number[] = [];
  readonly blockEnd: number[] = [];

  constructor(private readonly text: string) {
    const stack: number[] = [];
    let lastContent = -1;
    for (let from = 0, i = 0; from <= text.length; i++) {
      let end = text.indexOf('\n', from);
      if (end === -1) end = text.length;
      const d = this.depthOf(from, end);
      this.starts.push(from);
      this.ends.push(end);
      this.depth.push(d);
      this.blockEnd.push(i);
      this.parent.push(-1);
      from = end + 1;
      if (d === -1) continue;
      while (stack.length > 0 && this.depth[stack[stack.length - 1]!]! >= d) this.blockEnd[stack.pop()!] = lastContent;
      this.parent[i] = stack.length > 0 ? stack[stack.length - 1]! : -1;
      stack.push(i);
      lastContent = i;
    }
    for (const i of stack) this.blockEnd[i] = lastContent;
  }

  get count(): number {
    return this.starts.length;
  }

  lineText(i: number): string {
    return this.text.slice(this.starts[i], this.ends[i]);
  }

  /** A value that continues on the lines below: a list item, a block scalar, a folded string or flow collection. */
  spansLines(i: number): boolean {
    if (this.blockEnd[i]! === i) return false;
    return this.depth[i]! % 2 === 1 || this.isBlockScalar(i) || this.hasInlineValue(i);
  }

  isBlockScalar(i: number): boolean {
    return BLOCK_SCALAR_HEADER.test(this.lineText(i));
  }

  /** `key: value`, `- item`: the line holds a value of its own, not only a key. */
  hasInlineValue(i: number): boolean {
    const line = this.lineText(i).trimEnd();
    return !line.endsWith(':') && line !== '-';
  }

  /** Twice the indentation, plus one for a `- ` item; -1 for blank and comment lines. */
  private depthOf(from: number, to: number): number {
    const { text } = this;
    let at = from;
    while (at < to && text.charCodeAt(at) === 32) at++;
    if (at === to) return -1;
    const c = text.charCodeAt(at);
    if (c === 35 /* # */ || (c === 13 && at + 1 === to)) return -1;
    const isItem = c === 45 /* - */ && (at + 1 === to || text.charCodeAt(at + 1) === 32);
    return 2 * (at - from) + (isItem ? 1 : 0);
  }
}

// ---------------------------------------------------------------------------------------------- kinds

const PARAGRAPH_KINDS: FileKind[] = [
  'typescript', 'javascript', 'python', 'go', 'java', 'kotlin', 'csharp', 'ruby', 'php', 'jenkinsfile',
  'dotenv', 'properties', 'shell', 'dockerfile', 'text',
];
const YAML_KINDS: FileKind[] = ['yaml', 'kubernetes', 'docker-compose', 'github-actions', 'gitlab-ci', 'ansible', 'cloudformation'];

/** A Kubernetes Secret in JSON: its `data` values are secret whatever their keys are called. */
const JSON_K8S_SECRET = /"kind"\s*:\s*"secret"/i;
const jsonFocus: Focus = (text) => (JSON_K8S_SECRET.test(text) ? 'whole' : 'marked-groups');

/** File kinds whose text is narrowed before extraction; the others are parsed whole (see `focusText`). */
const FOCUS_BY_KIND: Partial<Record<FileKind, Focus>> = Object.fromEntries([
  ...PARAGRAPH_KINDS.map((k) => [k, paragraphFocus]),
  ...YAML_KINDS.map((k) => [k, yamlFocus]),
  ['json', jsonFocus],
]);
