import { rm, writeFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { UsageError } from '@unleak/core';
import type { Document } from 'yaml';
import { readIfExists } from './shell-block.js';

/** A YAML config as read: the document, its text before any edit (undefined: no file) and the yaml module. */
export interface YamlConfig {
  file: string;
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
  return { file, doc, before, yaml };
}

/** Writes the document back if it changed; a document left with no keys and no comments removes the file. */
export async function writeYamlConfig(config: YamlConfig): Promise<boolean> {
  const { file, doc, before, yaml } = config;
  const empty = (doc.contents === null || (yaml.isMap(doc.contents) && doc.contents.items.length === 0)) && !doc.commentBefore && !doc.comment;
  if (empty) {
    if (before === undefined) return false;
    await rm(file);
    return true;
  }
  const text = doc.toString();
  if (text === before) return false;
  await writeFile(file, text, 'utf8');
  return true;
}
