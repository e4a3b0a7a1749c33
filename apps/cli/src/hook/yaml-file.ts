import { rm, writeFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { UsageError } from '@unleak/core';
import type { Document } from 'yaml';
import { readIfExists } from './shell-block.js';

/** A YAML config as read: the document, its text before any edit (undefined: no file) and the yaml module. */
export interface YamlConfig {
  file: string;
  /** The file relative to the repository top, for messages. */
  name: string;
  doc: Document;
  before: string | undefined;
  yaml: typeof import('yaml');
}

/** Reads a YAML config through the Document API, so the user's comments, order and quoting survive edits. */
export async function readYamlConfig(file: string, top: string): Promise<YamlConfig> {
  const yaml = await import('yaml');
  const before = await readIfExists(file);
  const doc = yaml.parseDocument(before ?? '');
  const error = doc.errors[0];
  if (error) {
    const line = error.linePos?.[0].line;
    throw new UsageError(`${relative(top, file)} is not valid YAML${line ? ` (line ${line})` : ''}: ${error.message.split('\n')[0]}; fix it, then run 'unleak hook' again`);
  }
  if (doc.contents !== null && !yaml.isMap(doc.contents)) throw new UsageError(`${relative(top, file)} must be a YAML mapping at the top level; fix it, then run 'unleak hook' again`);
  return { file, name: relative(top, file), doc, before, yaml };
}

/**
 * Readies a key an edit goes into: absent is fine and so is empty (`pre-commit:`, dropped so the edit creates
 * it); any other value that is not a mapping / list is the user's to fix, as editing would fail or drop it.
 */
export function expectCollection(config: YamlConfig, path: string[], shape: 'mapping' | 'list'): void {
  const { doc, yaml } = config;
  const node = doc.getIn(path, true);
  if (node === undefined || (shape === 'mapping' ? yaml.isMap(node) : yaml.isSeq(node))) return;
  if (yaml.isScalar(node) && node.value === null) {
    doc.deleteIn(path);
    return;
  }
  throw new UsageError(`${config.name}: '${path.join('.')}' must be a ${shape}; fix it, then run 'unleak hook' again`);
}

/**
 * Install's note in a config that existed but was empty: without it, uninstall could not tell that file from
 * one install created, and would delete it.
 */
const WAS_EMPTY = " unleak: this file was empty before 'unleak hook install'; 'unleak hook uninstall' empties it again";

/** Writes the document back if it changed; a document left with no keys and no comments removes the file. */
export async function writeYamlConfig(config: YamlConfig): Promise<boolean> {
  const { file, doc, before, yaml } = config;
  const noKeys = doc.contents === null || (yaml.isMap(doc.contents) && doc.contents.items.length === 0);
  if (noKeys && doc.commentBefore === WAS_EMPTY && !doc.comment) {
    await writeFile(file, '', 'utf8');
    return true;
  }
  if (!noKeys && before !== undefined && before.trim() === '') doc.commentBefore = WAS_EMPTY;
  if (noKeys && !doc.commentBefore && !doc.comment) {
    if (before === undefined) return false;
    await rm(file);
    return true;
  }
  // Only comments left: the yaml library would print them followed by `{}` (or `null`), which is not what the user had.
  const text = noKeys ? `${doc.toString().replace(/^(?:\{\}|null)$/m, '').trimEnd()}\n` : before === undefined ? doc.toString() : keepUserLines(yaml, before, doc);
  if (text === before) return false;
  await writeFile(file, text, 'utf8');
  return true;
}

/**
 * The edited document as text that keeps the user's own lines byte for byte: the yaml library re-indents,
 * folds long lines and respaces comments when it prints, so only the lines the edit changed are taken from
 * its output, re-indented the way the file indents (`-   id:` stays `-   id:`). When that cannot be done
 * safely (the reprint moves lines around, or the spliced text would mean something else), the whole
 * reprinted document is the answer.
 */
function keepUserLines(yaml: YamlConfig['yaml'], before: string, doc: Document): string {
  const print = { lineWidth: 0 };
  const reprinted = doc.toString(print);
  const eol = before.includes('\r\n') ? '\r\n' : '\n';
  const original = linesOf(before);
  const was = linesOf(yaml.parseDocument(before).toString(print));
  const now = linesOf(reprinted);
  if (was.length !== original.length) return reprinted;
  let head = 0;
  while (head < was.length && head < now.length && was[head] === now[head]) head++;
  let tail = 0;
  while (tail < was.length - head && tail < now.length - head && was[was.length - 1 - tail] === now[now.length - 1 - tail]) tail++;
  const indents = indentMap(was, original);
  const changed = now.slice(head, now.length - tail).map((line) => {
    const [indent = ''] = INDENT.exec(line) ?? [];
    return (indents.get(indent) ?? indent) + line.slice(indent.length);
  });
  const lines = [...original.slice(0, head), ...changed, ...original.slice(original.length - tail)];
  const text = lines.length === 0 ? '' : `${lines.join(eol)}${before.endsWith('\n') || before === '' ? eol : ''}`;
  const check = yaml.parseDocument(text);
  return check.errors.length === 0 && JSON.stringify(check.toJS()) === JSON.stringify(doc.toJS()) ? text : reprinted;
}

/** Leading spaces and sequence dashes: what differs between the user's layout and the reprint. */
const INDENT = /^[ \t]*(?:-[ \t]+)*/;

function linesOf(text: string): string[] {
  const lines = text.split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/** Reprinted indent → the user's indent for the same line, from the lines both versions share. */
function indentMap(reprinted: string[], original: string[]): Map<string, string> {
  const map = new Map<string, string>();
  reprinted.forEach((line, i) => {
    const [mine = ''] = INDENT.exec(line) ?? [];
    const [theirs = ''] = INDENT.exec(original[i] ?? '') ?? [];
    if (line.slice(mine.length, mine.length + 1) === (original[i] ?? '').slice(theirs.length, theirs.length + 1) && !map.has(mine)) map.set(mine, theirs);
  });
  return map;
}
