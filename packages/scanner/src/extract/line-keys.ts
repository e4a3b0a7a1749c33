import type { Assignment, Fragment } from '../types.js';
import { decodeBase64, isKubernetesSecretKind } from './tree.js';

/** Lines longer than this are minified data, not hand-written config. */
const MAX_LINE = 4096;
const KEY_CHAR = /[A-Za-z0-9_.$/@-]/;

/**
 * `key: value` lines with indentation (spaces or tabs) as scope: the fallback for YAML that does not parse
 * (templated, tab-indented, broken, too deep or too big). Never throws; linear in the text.
 */
export function lineKeyValues(fragment: Fragment): Assignment[] {
  const { text, file } = fragment;
  const out: Assignment[] = [];
  const stack: { indent: number; key: string }[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    if (lineEnd - lineStart <= MAX_LINE) readLine(lineStart, lineEnd);
    lineStart = lineEnd + 1;
  }
  return withKubernetesSecrets(text, out);

  function readLine(from: number, to: number): void {
    let i = from;
    while (i < to && (text[i] === ' ' || text[i] === '\t')) i++;
    const indent = i - from;
    if (text[i] === '-' && text[i + 1] === ' ') i += 2;
    while (i < to && (text[i] === ' ' || text[i] === '\t')) i++;
    let keyStart = i;
    let keyEnd: number;
    const quote = text[i];
    if (quote === '"' || quote === "'") {
      const close = text.slice(i + 1, to).indexOf(quote) + i + 1;
      if (close === i) return;
      keyStart = i + 1;
      keyEnd = close;
      i = close + 1;
    } else {
      while (i < to && KEY_CHAR.test(text[i]!)) i++;
      keyEnd = i;
    }
    if (keyEnd === keyStart) return;
    while (i < to && text[i] === ' ') i++;
    if (text[i] !== ':') return;
    i++;
    if (i < to && text[i] !== ' ' && text[i] !== '\r') return;
    const key = text.slice(keyStart, keyEnd);
    while (stack.length > 0 && stack[stack.length - 1]!.indent >= indent) stack.pop();
    const span = valueSpan(text, i, to);
    if (!span) {
      stack.push({ indent, key });
      return;
    }
    const scope = stack.map((s) => s.key);
    out.push({ key, scope, value: text.slice(span[0], span[1]), start: span[0], end: span[1], groupId: `${file}#${scope.join('.')}` });
  }
}

/** The value span of `  value  # comment`, without quotes; undefined when there is no value. */
export function valueSpan(text: string, from: number, to: number): [number, number] | undefined {
  let start = from;
  while (start < to && (text[start] === ' ' || text[start] === '\t')) start++;
  let end = to;
  if (text[end - 1] === '\r') end--;
  const line = text.slice(start, end);
  const quote = line[0];
  if (quote === '"' || quote === "'") {
    const close = line.indexOf(quote, 1);
    if (close > 0) return close > 1 ? [start + 1, start + close] : undefined;
  }
  const comment = line.indexOf(' #');
  if (comment >= 0) end = start + comment;
  while (end > start && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  if (end <= start || text[start] === '#') return undefined;
  return [start, end];
}

const DOCUMENT_SEPARATOR = /^---[ \t]*\r?$/gm;

/**
 * A Kubernetes `Secret` read line by line (tab-indented manifests do not parse as YAML): its top-level
 * `data`/`stringData` entries get the scope the YAML reader gives them (`Secret > data`), `data` decoded
 * from base64. Each `---` document is judged on its own `kind`.
 */
function withKubernetesSecrets(text: string, found: Assignment[]): Assignment[] {
  if (!/secret/i.test(text) || !/apiVersion/.test(text)) return found;
  const starts = [0];
  DOCUMENT_SEPARATOR.lastIndex = 0;
  for (let m = DOCUMENT_SEPARATOR.exec(text); m; m = DOCUMENT_SEPARATOR.exec(text)) starts.push(m.index);
  const documentOf = (offset: number) => {
    let d = 0;
    while (d + 1 < starts.length && starts[d + 1]! <= offset) d++;
    return d;
  };
  const secretDocuments = new Set<number>();
  const versioned = new Set<number>();
  for (const a of found) {
    if (a.scope.length > 0) continue;
    if (a.key === 'kind' && isKubernetesSecretKind(a.value)) secretDocuments.add(documentOf(a.start));
    if (a.key === 'apiVersion') versioned.add(documentOf(a.start));
  }
  if (secretDocuments.size === 0) return found;
  return found.map((a) => {
    const section = a.scope.length === 1 ? a.scope[0] : undefined;
    if (section !== 'data' && section !== 'stringData') return a;
    const document = documentOf(a.start);
    if (!secretDocuments.has(document) || !versioned.has(document)) return a;
    const decoded = section === 'data' ? decodeBase64(a.value) : undefined;
    return { ...a, scope: ['Secret', section], ...(decoded !== undefined ? { decoded } : {}) };
  });
}
