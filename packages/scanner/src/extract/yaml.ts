import { isMap, isScalar, isSeq, parseAllDocuments } from 'yaml';
import type { Node as YamlNode, Scalar } from 'yaml';
import type { Assignment, Extractor, Fragment } from '../types.js';
import { lineKeyValues } from './line-keys.js';
import { parsePlainYaml } from './yaml-plain.js';
import { MAX_TREE_DEPTH, treeAssignments } from './tree.js';
import type { ScalarNode, TreeNode } from './tree.js';

/** Beyond this the parser's memory and time are not worth it; keys are read line by line instead. */
const MAX_PARSED_BYTES = 2 * 1024 * 1024;
/** Guards the parser's own recursion: deeper flow nesting or indentation goes to the line reader. */
const MAX_FLOW_DEPTH = 200;
const MAX_INDENT = 400;
/** Hand-written YAML has short lines; a very long one is data the parser would crawl through slowly. */
const MAX_LINE = 8192;

export const yamlExtractor: Extractor = {
  id: 'yaml',
  fileKinds: ['yaml', 'kubernetes', 'docker-compose', 'github-actions', 'gitlab-ci', 'ansible', 'cloudformation'],
  extract(fragment) {
    if (fragment.fileKind === 'cloudformation' && fragment.text.trimStart().startsWith('{')) return [];
    return parseYaml(fragment) ?? lineKeyValues(fragment);
  },
};

/** Structured extraction, or undefined when the text is too big, too deep or not valid YAML. */
function parseYaml(fragment: Fragment): Assignment[] | undefined {
  const { text } = fragment;
  if (text.length > MAX_PARSED_BYTES || tooDeep(text)) return undefined;
  return (parsePlainYaml(text) ?? yamlTrees(text))?.flatMap((root) => treeAssignments(root, fragment));
}

/** The document trees by the full YAML parser, or undefined when it reports errors. */
export function yamlTrees(text: string): TreeNode[] | undefined {
  try {
    const documents = parseAllDocuments(text, { strict: false, uniqueKeys: false, prettyErrors: false });
    if (!Array.isArray(documents)) return [];
    if (documents.some((d) => d.errors.length > 0)) return undefined;
    const roots: TreeNode[] = [];
    for (const document of documents) {
      const root = document.contents ? toTree(document.contents as YamlNode, text, 0) : undefined;
      if (root) roots.push(root);
    }
    return roots;
  } catch {
    return undefined;
  }
}

/** Too deep or too wide for the parser: flow nesting, indentation or line length beyond the caps. */
function tooDeep(text: string): boolean {
  let flow = 0;
  let indent = 0;
  let lineStart = 0;
  let atLineStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      if (i - lineStart > MAX_LINE) return true;
      lineStart = i + 1;
      atLineStart = true;
      indent = 0;
      continue;
    }
    if (atLineStart && c === 32) {
      if (++indent > MAX_INDENT) return true;
      continue;
    }
    atLineStart = false;
    if (c === 91 || c === 123) {
      if (++flow > MAX_FLOW_DEPTH) return true;
    } else if ((c === 93 || c === 125) && flow > 0) {
      flow--;
    }
  }
  return text.length - lineStart > MAX_LINE;
}

function toTree(node: YamlNode, text: string, depth: number): TreeNode | undefined {
  if (depth > MAX_TREE_DEPTH || !node.range) return undefined;
  if (isMap(node)) {
    const entries: { key: string; value: TreeNode }[] = [];
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? pair.key.value : pair.key;
      if (typeof key !== 'string' && typeof key !== 'number') continue;
      const value = pair.value ? toTree(pair.value as YamlNode, text, depth + 1) : undefined;
      if (value) entries.push({ key: String(key), value });
    }
    return { type: 'map', start: node.range[0], entries };
  }
  if (isSeq(node)) {
    const items: TreeNode[] = [];
    for (const item of node.items) {
      const converted = item ? toTree(item as YamlNode, text, depth + 1) : undefined;
      if (converted) items.push(converted);
    }
    return { type: 'seq', start: node.range[0], items };
  }
  if (isScalar(node)) return toScalar(node, text);
  return undefined;
}

/** Tagged scalars (`!Ref DbPassword`, `!Sub …`, `!vault |`) are references or ciphertext, not values. */
function toScalar(node: Scalar, text: string): ScalarNode | undefined {
  const parsed = node.value;
  if (parsed === null || !node.range) return undefined;
  if (node.tag && !node.tag.startsWith('tag:yaml.org,2002:')) return undefined;
  const [rawStart, valueEnd] = node.range;
  let start = rawStart;
  let end = valueEnd;
  if (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') {
    start += 1;
    end -= 1;
  } else if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') {
    start = text.indexOf('\n', rawStart) + 1;
    while (end > start && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
  }
  if (start <= 0 && rawStart > 0) return undefined;
  const value = text.slice(start, end);
  const scalar: ScalarNode = { type: 'scalar', value, start, end, rawStart, rawEnd: valueEnd, isString: typeof parsed === 'string' };
  if (typeof parsed === 'string' && parsed !== value) scalar.decoded = parsed;
  return scalar;
}
