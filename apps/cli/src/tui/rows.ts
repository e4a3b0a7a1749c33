import { redact, type Detection, type Span } from '@unleak/core';
import type { Classification } from '@unleak/classifier';
import type { ReviewRow } from './model.js';

/** Lines shown above and below a finding in the detail pane. */
export const CONTEXT_LINES = 2;

/**
 * One review row per detection, with context lines whose secrets are replaced by their redacted forms.
 * `texts` maps a file (relative) to its current text; files that cannot be read get no context.
 */
export function buildRows(
  detections: Detection[],
  classification: Classification,
  texts: ReadonlyMap<string, string>,
  hidden: readonly MaskSpan[] = [],
  exposureOf: (d: Detection) => string | undefined = () => undefined,
): ReviewRow[] {
  const byFile = new Map<string, Detection[]>();
  for (const d of detections) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d]);
  const hiddenByFile = new Map<string, MaskSpan[]>();
  for (const h of hidden) hiddenByFile.set(h.file, [...(hiddenByFile.get(h.file) ?? []), h]);
  return detections.map((d, i): ReviewRow => {
    const c = classification.findings[i];
    if (!c) throw new Error(`no classification for ${d.file}:${d.line}`);
    const text = texts.get(d.file);
    const exposure = c.exposure?.note ?? exposureOf(d);
    return {
      id: `${d.fingerprint}@${d.file}:${d.line}:${d.column}#${i}`,
      fingerprint: d.fingerprint,
      file: d.file,
      line: d.line,
      column: d.column,
      rule: d.rule,
      kind: c.kind,
      sensitivity: c.sensitivity,
      redacted: d.redacted,
      project: c.project,
      itemId: c.group,
      proposal: { store: c.store, name: c.name },
      reason: c.reason,
      rotation: { needed: c.rotation.needed, note: c.rotation.note },
      ...(exposure ? { exposure } : {}),
      context: text === undefined ? [] : maskedContext(text, d.line, byFile.get(d.file) ?? [d], hiddenByFile.get(d.file)),
    };
  });
}

/** Where a value sits that must not be shown, known only by position (findings the baseline or an allowlist suppressed). */
export interface MaskSpan extends Span {
  file: string;
  redacted: string;
}

/**
 * The lines around `line` with every secret of the file hidden: first by position (each finding's span,
 * suppressed ones included), then by value (every other occurrence of a found value), longest first.
 */
export function maskedContext(text: string, line: number, secretsInFile: readonly Detection[], hidden: readonly MaskSpan[] = []): Array<{ line: number; text: string }> {
  const lines = text.split(/\r?\n/);
  const mask = lineMasker(text, secretsInFile, hidden);
  const out: Array<{ line: number; text: string }> = [];
  for (let n = Math.max(1, line - CONTEXT_LINES); n <= Math.min(lines.length, line + CONTEXT_LINES); n++) out.push({ line: n, text: mask.atLine(lines[n - 1] ?? '', n) });
  return out;
}

/**
 * Hides the secrets of one file on any line: `atLine` for a line of `text` itself (by position, then by
 * value), `anywhere` for a line that is not (a rewritten line): by value, the suppressed spans' values too.
 */
export function lineMasker(text: string, secretsInFile: readonly Detection[], hidden: readonly MaskSpan[] = []): { atLine(line: string, n: number): string; anywhere(line: string): string } {
  const spans: MaskSpan[] = [...secretsInFile.map((d) => ({ file: d.file, line: d.line, column: d.column, endLine: d.endLine, endColumn: d.endColumn, redacted: d.redacted })), ...hidden];
  const values = secretsInFile.flatMap((d) => secretsOf(d));
  const byValue = (line: string, all: ReadonlyArray<{ value: string; redacted: string }>) => {
    let masked = line;
    for (const { value, redacted } of all) if (value.length > 0) masked = masked.split(value).join(redacted);
    return masked;
  };
  const sorted = [...values].sort((a, b) => b.value.length - a.value.length);
  let everything: Array<{ value: string; redacted: string }> | undefined;
  return {
    atLine: (line, n) => byValue(maskSpans(line, n, spans), sorted),
    anywhere(line) {
      everything ??= [...values, ...hidden.flatMap((h) => spanValues(text, h))].sort((a, b) => b.value.length - a.value.length);
      return byValue(line, everything);
    },
  };
}

/** The text a suppressed span covers (its lines, for a multi-line one), each with its redacted form. */
function spanValues(text: string, span: MaskSpan): Array<{ value: string; redacted: string }> {
  const lines = text.split(/\r?\n/);
  const out: Array<{ value: string; redacted: string }> = [];
  for (let n = span.line; n <= span.endLine; n++) {
    const line = lines[n - 1] ?? '';
    const value = line.slice(n === span.line ? span.column - 1 : 0, n === span.endLine ? span.endColumn - 1 : line.length);
    if (value.trim().length > 0) out.push({ value, redacted: n === span.line ? span.redacted : redact(value) });
  }
  return out;
}

/** Replaces the parts of line `n` that spans cover: the redacted form on a span's first line, `…` on the others. */
function maskSpans(text: string, n: number, spans: readonly MaskSpan[]): string {
  const cuts = spans
    .filter((s) => s.line <= n && n <= s.endLine)
    .map((s) => ({ start: s.line === n ? s.column - 1 : 0, end: s.endLine === n ? s.endColumn - 1 : text.length, with: s.line === n ? s.redacted : '…' }))
    .filter((c) => c.end > c.start)
    .sort((a, b) => a.start - b.start);
  // Overlapping spans (a URL and the password inside it) merge into one cut.
  const merged: typeof cuts = [];
  for (const c of cuts) {
    const last = merged.at(-1);
    if (last && c.start < last.end) last.end = Math.max(last.end, c.end);
    else merged.push({ ...c });
  }
  let out = text;
  for (const c of merged.reverse()) out = out.slice(0, c.start) + c.with + out.slice(c.end);
  return out;
}

/**
 * Every string to hide on screen for a detection: the value, its parts, and (for a multi-line value such as
 * a PEM block, which no single line contains whole) each of its lines.
 */
function secretsOf(d: Detection): Array<{ value: string; redacted: string }> {
  const values = [d.secret.reveal(), ...Object.values(d.parts ?? {}).flatMap((p) => (typeof p === 'string' ? [] : [p.reveal()]))];
  const out: Array<{ value: string; redacted: string }> = [];
  for (const value of values) {
    out.push({ value, redacted: redact(value) });
    if (/[\r\n]/.test(value)) for (const piece of value.split(/\r?\n/)) if (piece.trim().length > 0) out.push({ value: piece, redacted: redact(piece) });
  }
  return out;
}
