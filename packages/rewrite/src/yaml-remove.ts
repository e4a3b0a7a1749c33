import { isMap, isPair, isSeq, visit, type Document, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { lineStart, lineEnd } from './text.js';
import type { LocatedScalar } from './yaml-locate.js';

/** The source lines of one `key: value` pair (or `- KEY=value` list entry) in a block collection. */
export interface EntryLines {
  collection: YAMLMap | YAMLSeq;
  start: number;
  end: number;
}

/**
 * The lines holding the block-map pair whose value is `loc`'s scalar, or the block-sequence entry that
 * is `loc`'s scalar (`- KEY=value`, as in compose `environment` lists), or a reason they cannot be deleted
 * line-wise: a flow collection (`{a: 1}`), a pair sharing its line with a sequence dash, text after it.
 */
export function entryLinesOf(text: string, loc: LocatedScalar): EntryLines | { problem: string } {
  let owner: { pair?: Pair; collection: YAMLMap | YAMLSeq } | undefined;
  visit(loc.doc, {
    Pair(_key, pair, ancestors) {
      if (pair.value !== loc.scalar) return undefined;
      const parent = ancestors.at(-1);
      if (isMap(parent)) owner = { pair, collection: parent };
      return visit.BREAK;
    },
    Seq(_key, seq) {
      if (!seq.items.includes(loc.scalar)) return undefined;
      owner = { collection: seq };
      return visit.BREAK;
    },
  });
  if (!owner) return { problem: 'the value is not a `key: value` pair or list entry' };
  if (owner.collection.flow) return { problem: 'it sits in a flow collection `{…}` / `[…]`' };
  let firstOffset: number;
  if (owner.pair) {
    const keyRange = (owner.pair.key as { range?: [number, number, number] } | null)?.range;
    if (!isPair(owner.pair) || !keyRange) return { problem: 'the pair has no key' };
    firstOffset = keyRange[0];
    if (text.slice(lineStart(text, firstOffset), firstOffset).trim() !== '') return { problem: 'the pair shares its line with a sequence dash or another node' };
  } else {
    firstOffset = loc.start;
    if (!/^\s*-\s+$/.test(text.slice(lineStart(text, firstOffset), firstOffset))) return { problem: 'the list entry shares its line with another node' };
  }
  const start = lineStart(text, firstOffset);
  const valueEnd = loc.quote === 'block' ? Math.max(loc.end - 1, loc.start) : loc.end;
  const end = lineEnd(text, valueEnd);
  const rest = text.slice(valueEnd, end);
  if (rest.trim() !== '' && !/^\s+#/.test(rest)) return { problem: 'more text follows the value on its line' };
  return { collection: owner.collection, start, end: end < text.length ? end + 1 : end };
}

/** True when `isSeq(collection)`: a list entry must be `KEY=<secret>` to be deleted as a credential. */
export function isListEntry(lines: EntryLines): boolean {
  return isSeq(lines.collection);
}

/**
 * The lines of the `key:` pair holding `collection`, for when every entry of the collection is removed
 * (a step's `env:` with only static credentials): deleting the key too keeps the file meaningful.
 */
export function parentEntryLinesOf(text: string, doc: Document.Parsed, collection: YAMLMap | YAMLSeq): { start: number; end: number } | undefined {
  let found: { start: number; end: number } | undefined;
  visit(doc, {
    Pair(_key, pair, ancestors) {
      if (pair.value !== collection) return undefined;
      const parent = ancestors.at(-1);
      const keyRange = (pair.key as { range?: [number, number, number] } | null)?.range;
      const valueRange = collection.range;
      if (!isMap(parent) || parent.flow || parent.items.length < 2 || !keyRange || !valueRange) return visit.BREAK;
      const start = lineStart(text, keyRange[0]);
      if (text.slice(start, keyRange[0]).trim() !== '') return visit.BREAK;
      const last = Math.max(valueRange[1] - 1, keyRange[0]);
      const end = text[last] === '\n' ? last + 1 : Math.min(lineEnd(text, last) + 1, text.length);
      found = { start, end };
      return visit.BREAK;
    },
  });
  return found;
}
