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
  const found = candidates.length > 0 ? placed(source, candidates) : [];
  return { file: fragment.file, ...(fragment.commit ? { commit: fragment.commit } : {}), bytes: source.bytes, firstOfFile: source.firstOfFile, found: reportedOnly(found, source.reportLines) };
}

/** Each candidate with its span and lines: one copy of a line however many candidates sit on it (a minified line can hold hundreds). */
function placed(source: SourceFragment, candidates: Candidate[]): Located[] {
  const lines = new LineIndex(source);
  const copies = new Map<object, Located['around']>();
  return candidates.map((candidate) => {
    const around = lines.linesAround(candidate.start);
    let copy = copies.get(around);
    if (copy === undefined) copies.set(around, (copy = detachedLines(around)));
    return { candidate: detached(candidate), span: lines.span(candidate.start, candidate.end), around: copy };
  });
}

/** The findings that touch a reported line, when the source limits them (a whole file read for context). */
function reportedOnly(found: Located[], reportLines: ReadonlySet<number> | undefined): Located[] {
  if (!reportLines) return found;
  return found.filter(({ span }) => {
    for (let line = span.line; line <= span.endLine; line++) if (reportLines.has(line)) return true;
    return false;
  });
}

/**
 * The candidate with its strings copied out of the fragment's text. V8 keeps a substring as a view of the
 * string it was cut from, so a secret, key or scope kept until the end of the scan (or a result waiting in
 * the scan's queue) would otherwise keep its whole file in memory. Results from worker threads arrive as
 * copies already; in-process scans and history did not.
 */
function detached(c: Candidate): Candidate {
  const context = { ...c.context };
  if (context.key !== undefined) context.key = copyOf(context.key);
  if (context.scope) context.scope = context.scope.map(copyOf);
  const copy: Candidate = { ...c, secret: copyOf(c.secret), context };
  if (c.parts) copy.parts = Object.fromEntries(Object.entries(c.parts).map(([k, v]) => [k, copyOf(v)]));
  return copy;
}

function detachedLines({ line, previous }: { line: string; previous: string }): { line: string; previous: string } {
  return { line: copyOf(line), previous: copyOf(previous) };
}

/** A string with the same characters that shares no storage with `s` (concatenation, then a flattening cut). */
function copyOf(s: string): string {
  return (' ' + s).slice(1);
}
