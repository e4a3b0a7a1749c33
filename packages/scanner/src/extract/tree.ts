import type { Assignment, Fragment } from '../types.js';
import { argvAssignments, cliAssignments } from './cli-flags.js';

/**
 * A format-neutral document tree with source offsets, built by the YAML and JSON extractors so that the
 * format rules (Kubernetes Secrets, env lists, compose environment, CloudFormation parameters, CI scripts)
 * are written once.
 */
export type TreeNode = MapNode | SeqNode | ScalarNode;

export interface ScalarNode {
  type: 'scalar';
  /** Source text of the value without quotes: `text.slice(start, end) === value`. */
  value: string;
  start: number;
  end: number;
  /** The value as a parser sees it when it differs from the source (escapes, folding). */
  decoded?: string;
  /** Source span including quotes or block header, for scanning embedded scripts. */
  rawStart: number;
  rawEnd: number;
  isString: boolean;
}

export interface MapNode {
  type: 'map';
  start: number;
  entries: { key: string; value: TreeNode }[];
}

export interface SeqNode {
  type: 'seq';
  start: number;
  items: TreeNode[];
}

/** Deeper structure is not descended: it bounds recursion and no real config nests secrets that deep. */
export const MAX_TREE_DEPTH = 64;

/** Keys whose string values are shell scripts (CI steps, compose commands, task definitions). */
const SCRIPT_KEYS = new Set(['run', 'script', 'before_script', 'after_script', 'command', 'cmd', 'args', 'entrypoint', 'shell', 'sh', 'steps']);
const COMPOSE_ENV_ITEM = /^([A-Za-z_][A-Za-z0-9_.-]*)=/;

interface WalkState {
  fragment: Fragment;
  out: Assignment[];
}

export function treeAssignments(root: TreeNode, fragment: Fragment): Assignment[] {
  const state: WalkState = { fragment, out: [] };
  const rootScope = root.type === 'map' ? documentScope(root) : [];
  if (root.type === 'map' && isKubernetesSecretKind(scalarValue(entry(root, 'kind')))) {
    kubernetesSecret(root, rootScope, state);
  } else {
    walk(root, rootScope, undefined, 0, state);
  }
  return state.out;
}

/** `kind: Secret`, also written `kind: secret` (kubectl accepts any case). */
export function isKubernetesSecretKind(kind: string | undefined): boolean {
  return kind?.toLowerCase() === 'secret';
}

/** Kubernetes objects are named `Kind/name`, as kubectl shows them (`Kind` alone when unnamed). */
function documentScope(root: MapNode): string[] {
  const written = scalarValue(entry(root, 'kind'));
  const kind = isKubernetesSecretKind(written) ? 'Secret' : written;
  const metadata = entry(root, 'metadata');
  const name = metadata?.type === 'map' ? scalarValue(entry(metadata, 'name')) : undefined;
  if (!kind || entry(root, 'apiVersion') === undefined) return [];
  return [name ? `${kind}/${name}` : kind];
}

function walk(node: TreeNode, scope: string[], key: string | undefined, depth: number, state: WalkState): void {
  if (depth > MAX_TREE_DEPTH) return;
  if (node.type === 'scalar') {
    if (key !== undefined) emitScalar(node, key, scope, groupOf(state, scope), state);
    return;
  }
  if (node.type === 'seq') {
    walkSeq(node, scope, key, depth, state);
    return;
  }
  if (depth === 0 && (entry(node, 'AWSTemplateFormatVersion') !== undefined || isCfnParameters(entry(node, 'Parameters')))) {
    const groupId = `${state.fragment.file}#${node.start}`;
    for (const { key: k, value } of node.entries) {
      if (k === 'Parameters' && value.type === 'map') cloudFormationParameters(value, state);
      else if (value.type === 'scalar') emitScalar(value, k, scope, groupId, state);
      else walk(value, [...scope, k], k, depth + 1, state);
    }
    return;
  }
  const groupId = `${state.fragment.file}#${node.start}`;
  for (const { key: k, value } of node.entries) {
    if (value.type === 'scalar') emitScalar(value, k, scope, groupId, state);
    else walk(value, [...scope, k], k, depth + 1, state);
  }
}

function walkSeq(node: SeqNode, scope: string[], key: string | undefined, depth: number, state: WalkState): void {
  const groupId = `${state.fragment.file}#${node.start}`;
  if (key !== undefined && SCRIPT_KEYS.has(key.toLowerCase())) execForm(node, scope, state);
  for (const item of node.items) {
    if (item.type === 'map') {
      const name = entryCaseless(item, 'name');
      const value = entryCaseless(item, 'value');
      if (name?.type === 'scalar' && value?.type === 'scalar' && item.entries.length <= 3) {
        emitScalar(value, name.value, scope, groupId, state);
        continue;
      }
      walk(item, scope, key, depth + 1, state);
    } else if (item.type === 'scalar') {
      const envItem = COMPOSE_ENV_ITEM.exec(item.value);
      if (envItem && item.decoded === undefined && item.isString) {
        const [matched, envKey] = envItem as unknown as [string, string];
        const start = item.start + matched.length;
        const value = state.fragment.text.slice(start, item.end);
        if (value.length > 0) state.out.push({ key: envKey, scope, value, start, end: item.end, groupId });
      } else if (key !== undefined) {
        emitScalar(item, key, scope, groupId, state);
      }
    } else {
      walk(item, scope, key, depth + 1, state);
    }
  }
}

/** `command: ["redis-server", "--requirepass", "…"]`: an argument list is one command, one word per item. */
function execForm(node: SeqNode, scope: string[], state: WalkState): void {
  const words = node.items.filter((item): item is ScalarNode => item.type === 'scalar');
  if (words.length < 2 || words.length !== node.items.length) return;
  for (const found of argvAssignments(words, state.fragment.text, state.fragment.file)) {
    state.out.push({ ...found, scope: [...scope, ...found.scope] });
  }
}

function emitScalar(node: ScalarNode, key: string, scope: string[], groupId: string | undefined, state: WalkState): void {
  const assignment: Assignment = { key, scope, value: node.value, start: node.start, end: node.end };
  if (groupId) assignment.groupId = groupId;
  if (node.decoded !== undefined) assignment.decoded = node.decoded;
  state.out.push(assignment);
  if (node.isString && (SCRIPT_KEYS.has(key.toLowerCase()) || node.value.includes('\n'))) {
    const text = state.fragment.text;
    const script = text.slice(node.rawStart, node.rawEnd);
    for (const found of cliAssignments(script, node.rawStart, state.fragment.file)) {
      const owner = scope[scope.length - 1] === key ? scope : [...scope, key];
      state.out.push({ ...found, scope: [...owner, ...found.scope] });
    }
  }
}

function kubernetesSecret(root: MapNode, rootScope: string[], state: WalkState): void {
  for (const section of ['data', 'stringData']) {
    const values = entry(root, section);
    if (values?.type !== 'map') continue;
    const groupId = `${state.fragment.file}#${values.start}`;
    for (const { key, value } of values.entries) {
      if (value.type !== 'scalar') continue;
      const assignment: Assignment = { key, scope: [...rootScope, section], value: value.value, start: value.start, end: value.end, groupId };
      const plain = value.decoded ?? value.value;
      if (section === 'data') {
        const decoded = decodeBase64(plain);
        if (decoded !== undefined) assignment.decoded = decoded;
      } else if (value.decoded !== undefined) {
        assignment.decoded = value.decoded;
      }
      state.out.push(assignment);
    }
  }
}

function isCfnParameters(node: TreeNode | undefined): boolean {
  if (node?.type !== 'map') return false;
  return node.entries.some(({ value }) => value.type === 'map' && scalarValue(entry(value, 'Type')) !== undefined);
}

/**
 * A CloudFormation parameter's `Default` is reported under the parameter's name. Parameters marked
 * `NoEcho: true` get the scope `['Parameters', 'NoEcho']`, the others `['Parameters']`; all share one group
 * so a user name default can travel with the password default beside it.
 */
function cloudFormationParameters(parameters: MapNode, state: WalkState): void {
  const groupId = `${state.fragment.file}#${parameters.start}`;
  for (const { key, value } of parameters.entries) {
    if (value.type !== 'map') continue;
    const fallback = entry(value, 'Default');
    if (fallback?.type !== 'scalar') continue;
    const noEcho = String(scalarValue(entry(value, 'NoEcho'))).toLowerCase() === 'true';
    const assignment: Assignment = {
      key,
      scope: noEcho ? ['Parameters', 'NoEcho'] : ['Parameters'],
      value: fallback.value,
      start: fallback.start,
      end: fallback.end,
      groupId,
    };
    if (fallback.decoded !== undefined) assignment.decoded = fallback.decoded;
    state.out.push(assignment);
  }
}

function entry(map: MapNode, key: string): TreeNode | undefined {
  return map.entries.find((e) => e.key === key)?.value;
}

function entryCaseless(map: MapNode, key: string): TreeNode | undefined {
  return map.entries.find((e) => e.key.toLowerCase() === key)?.value;
}

function scalarValue(node: TreeNode | undefined): string | undefined {
  return node?.type === 'scalar' ? (node.decoded ?? node.value) : undefined;
}

function groupOf(state: WalkState, scope: string[]): string | undefined {
  return scope.length > 0 ? `${state.fragment.file}#${scope.join('.')}` : undefined;
}

const BASE64 = /^[A-Za-z0-9+/_-]+={0,2}$/;

/** A Kubernetes `Secret.data` value decoded, or undefined when it is not base64 of UTF-8 text. */
export function decodeBase64(value: string): string | undefined {
  const compact = value.replace(/\s+/g, '');
  if (compact.length === 0 || !BASE64.test(compact)) return undefined;
  const decoded = Buffer.from(compact, 'base64').toString('utf8');
  return decoded.includes('\uFFFD') ? undefined : decoded;
}
