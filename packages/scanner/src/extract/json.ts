import type { Assignment, Extractor, Fragment } from '../types.js';
import { MAX_TREE_DEPTH, treeAssignments } from './tree.js';
import type { MapNode, ScalarNode, SeqNode, TreeNode } from './tree.js';

export const jsonExtractor: Extractor = {
  id: 'json',
  fileKinds: ['json', 'cloudformation', 'docker-config'],
  extract(fragment) {
    if (fragment.fileKind === 'cloudformation' && !fragment.text.trimStart().startsWith('{')) return [];
    const root = parseJsonTree(fragment.text);
    return root ? treeAssignments(root, fragment) : quotedPairs(fragment);
  },
};

const SPACE = 0x20;
const NEWLINE = 0x0a;
const CR = 0x0d;
const TAB = 0x09;
const COMMA = 0x2c;
const COLON = 0x3a;
const SLASH = 0x2f;
const STAR = 0x2a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
/** The characters that end a number or literal (`true`, `null`…): blanks and JSON punctuation. */
const ENDS_BARE_WORD = Uint8Array.from({ length: 128 }, (_, c) => (' \n\r\t,:]}'.includes(String.fromCharCode(c)) ? 1 : 0));

interface Frame {
  /** Undefined below MAX_TREE_DEPTH: the text is still walked, nothing is kept. */
  node: MapNode | SeqNode | undefined;
  expectKey: boolean;
  key?: string;
}

/**
 * A JSON (and JSON-with-comments) reader that keeps source offsets. Iterative, so nesting depth cannot
 * overflow the stack; undefined when the text is not JSON.
 */
export function parseJsonTree(text: string): TreeNode | undefined {
  const stack: Frame[] = [];
  let root: TreeNode | undefined;
  /** A second top-level value or a top-level comma: a piece of a document (a diff's added lines), not one. */
  let piece = false;
  let i = 0;
  const attach = (node: TreeNode) => {
    const top = stack[stack.length - 1];
    if (!top) {
      if (root) piece = true;
      else root = node;
      return;
    }
    if (top.node?.type === 'map' && top.key !== undefined) top.node.entries.push({ key: top.key, value: node });
    else if (top.node?.type === 'seq') top.node.items.push(node);
    top.key = undefined;
  };
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === SPACE || c === NEWLINE || c === CR || c === TAB || c === COMMA || c === COLON) {
      if (c === COMMA && stack[stack.length - 1]?.node?.type !== 'seq') setExpectKey(stack, true);
      if (c === COMMA && stack.length === 0) piece = true;
      i++;
    } else if (c === SLASH && (text.charCodeAt(i + 1) === SLASH || text.charCodeAt(i + 1) === STAR)) {
      const close = text.charCodeAt(i + 1) === SLASH ? text.indexOf('\n', i) : text.indexOf('*/', i + 2) + 1;
      i = close <= 0 ? text.length : close + 1;
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      const parent = stack[stack.length - 1];
      const keep = stack.length < MAX_TREE_DEPTH && (parent === undefined || parent.node !== undefined);
      const node: MapNode | SeqNode | undefined = !keep ? undefined : c === OPEN_BRACE ? { type: 'map', start: i, entries: [] } : { type: 'seq', start: i, items: [] };
      if (node) attach(node);
      else if (parent) parent.key = undefined;
      stack.push({ node, expectKey: c === OPEN_BRACE });
      i++;
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      if (stack.pop() === undefined) return undefined;
      i++;
    } else if (c === QUOTE) {
      const close = stringEnd(text, i);
      if (close < 0) return undefined;
      const top = stack[stack.length - 1];
      const raw = text.slice(i + 1, close);
      const decoded = raw.includes('\\') ? decodeJsonString(raw) : undefined;
      if (top?.expectKey && top.node?.type !== 'seq') {
        top.key = decoded ?? raw;
        top.expectKey = false;
      } else {
        const scalar: ScalarNode = { type: 'scalar', value: raw, start: i + 1, end: close, rawStart: i, rawEnd: close + 1, isString: true };
        if (decoded !== undefined && decoded !== raw) scalar.decoded = decoded;
        attach(scalar);
      }
      i = close + 1;
    } else {
      let end = i;
      while (end < text.length && !ENDS_BARE_WORD[text.charCodeAt(end)]) end++;
      const word = text.slice(i, end);
      if (end === i || !/^(-?\d[\d.eE+-]*|true|false|null)$/.test(word)) return undefined;
      if (/\d/.test(word[word.length - 1] ?? '')) attach({ type: 'scalar', value: word, start: i, end, rawStart: i, rawEnd: end, isString: false });
      else if (stack[stack.length - 1]) stack[stack.length - 1]!.key = undefined;
      i = end;
    }
  }
  return stack.length === 0 && !piece ? root : undefined;
}

function setExpectKey(stack: Frame[], value: boolean): void {
  const top = stack[stack.length - 1];
  if (top) top.expectKey = value;
}

/** Index of the closing quote of the string opening at `open`, or -1. */
function stringEnd(text: string, open: number): number {
  for (let i = open + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === BACKSLASH) i++;
    else if (c === QUOTE) return i;
    else if (c === NEWLINE) return -1;
  }
  return -1;
}

function decodeJsonString(raw: string): string | undefined {
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return undefined;
  }
}

const QUOTED_PAIR = /"([^"\\\n]{1,200})"\s{0,20}:\s{0,20}"([^"\\\n]{1,4096})"/g;

/** Broken JSON: `"key": "value"` pairs anywhere. */
function quotedPairs(fragment: Fragment): Assignment[] {
  const out: Assignment[] = [];
  for (const m of fragment.text.matchAll(QUOTED_PAIR)) {
    const [whole, key, value] = m as unknown as [string, string, string];
    const end = m.index + whole.length - 1;
    out.push({ key, scope: [], value, start: end - value.length, end });
  }
  return out;
}
