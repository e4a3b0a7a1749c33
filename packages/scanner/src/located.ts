import type { Span } from '@unleak/core';
import { LineIndex } from './location.js';
import type { SourceFragment } from './sources/source-fragment.js';
import type { Candidate } from './types.js';

/** A candidate with its place in the file and the lines an inline-ignore comment would be on. */
export interface Located {
  candidate: Candidate;
  span: Span;
  around: { line: string; previous: string };
}

/** What detection found in one fragment, ready for the filters (plain data: it crosses worker threads). */
export interface ScannedFragment {
  file: string;
  commit?: string;
  bytes: number;
  firstOfFile: boolean;
  found: Located[];
}

export function locate(source: SourceFragment, candidates: Candidate[]): ScannedFragment {
  const { fragment } = source;
  const lines = candidates.length > 0 ? new LineIndex(source) : undefined;
  const found = lines ? candidates.map((candidate) => ({ candidate, span: lines.span(candidate.start, candidate.end), around: lines.linesAround(candidate.start) })) : [];
  return { file: fragment.file, ...(fragment.commit ? { commit: fragment.commit } : {}), bytes: source.bytes, firstOfFile: source.firstOfFile, found };
}
