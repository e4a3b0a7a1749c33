import type { FindingContext } from '@unleak/core';
import type { DetectorKit } from './detector-kit.js';
import { KeywordIndex } from './prefilter.js';
import type { Rule } from './rule.js';
import type { Assignment, Candidate, Fragment } from './types.js';

export type Detector = (fragment: Fragment) => Candidate[];

/**
 * The detector: pure, Fragment in, candidates out; it never touches fs, git, the TTY or stdout.
 * One case-folding keyword pass selects rules → run only those → generic assignments → rules on
 * decoded values (Kubernetes Secret data) → context from the innermost enclosing assignment → a provider
 * rule beats a generic one on the same span.
 */
export function createDetector(kit: DetectorKit): Detector {
  const keywords = new KeywordIndex(kit.rules, kit.credentialWords);
  return (fragment) => {
    const { rules, credentialLines } = keywords.scan(fragment.text, kit.rules);
    const providerHits = runRules(kit, rules, fragment, fragment.text);
    const marks = providerHits.length === 0 ? credentialLines : withHits(credentialLines, providerHits);
    const { assignments, generic: genericHits } = formatAware(kit, fragment, marks);
    for (const a of assignments) {
      if (a.decoded === undefined) continue;
      for (const hit of runRules(kit, keywords.rulesFor(a.decoded, kit.rules), fragment, a.decoded)) {
        const decodedHit = onSourceSpan(hit, a, fragment.text);
        if (!providerHits.some((p) => p.ruleId === decodedHit.ruleId && p.start === decodedHit.start && p.end === decodedHit.end)) providerHits.push(decodedHit);
      }
    }
    const generic = genericHits.filter((g) => !providerHits.some((p) => overlaps(p, g)));
    const found = [...providerHits, ...generic];
    // Most texts yield nothing: the assignments are sorted for the context lookup only when something was found.
    if (found.length === 0) return found;
    const byStart = [...assignments].sort((x, y) => x.start - y.start);
    return found.map((c) => withContext(c, fragment, innermost(byStart, c)));
  };
}

/**
 * Minified bundles and generated one-line files: a line longer than this is not a config structure, so
 * format-aware extraction runs on bounded pieces of it, and only on pieces that mention a credential word.
 * Provider rules still run over the whole text.
 */
export const LONG_LINE_CHARS = 64 * 1024;
const PIECE_CHARS = 64 * 1024;
const PIECE_OVERLAP_CHARS = 4 * 1024;
const CREDENTIAL_HINT = /pass|pwd|secret|token|key|auth|cred|private|login/i;

interface Extracted {
  assignments: Assignment[];
  generic: Candidate[];
}

/** The credential lines and the provider hits: the places extraction must cover (ascending offsets). */
function withHits(credentialLines: readonly number[], hits: Candidate[]): number[] {
  return [...credentialLines, ...hits.map((h) => h.start)].sort((a, b) => a - b);
}

function formatAware(kit: DetectorKit, fragment: Fragment, marks: readonly number[]): Extracted {
  if (!hasLongLine(fragment.text)) return extractFocused(kit, fragment, marks);
  const assignments = new Map<string, Assignment>();
  const generic = new Map<string, Candidate>();
  for (const [from, to] of pieces(fragment.text)) {
    const text = fragment.text.slice(from, to);
    const pieceMarks = marks.filter((at) => at >= from && at < to).map((at) => at - from);
    if (kit.focus ? pieceMarks.length === 0 : !CREDENTIAL_HINT.test(text)) continue;
    const piece: Fragment = { ...fragment, text, lineMap: undefined };
    const found = extractFocused(kit, piece, pieceMarks);
    for (const a of found.assignments) assignments.set(`${a.start + from}:${a.end + from}`, { ...a, start: a.start + from, end: a.end + from });
    for (const c of found.generic) generic.set(`${c.ruleId}:${c.start + from}:${c.end + from}`, { ...c, start: c.start + from, end: c.end + from });
  }
  return { assignments: [...assignments.values()].sort((a, b) => a.start - b.start), generic: [...generic.values()] };
}

/** Extraction and generic rules over the part of the fragment the kit's focus picks (all of it without one). */
function extractFocused(kit: DetectorKit, fragment: Fragment, marks: readonly number[]): Extracted {
  if (!kit.focus) {
    const assignments = kit.extractAssignments(fragment);
    return { assignments, generic: kit.genericCandidates(fragment, assignments) };
  }
  const focused = kit.focus(fragment, marks);
  if (!focused) return { assignments: [], generic: [] };
  const extracted = kit.extractAssignments(focused.text === fragment.text ? fragment : { ...fragment, text: focused.text });
  const assignments = focused.select(extracted);
  return { assignments, generic: kit.genericCandidates(fragment, assignments) };
}

function hasLongLine(text: string): boolean {
  if (text.length <= LONG_LINE_CHARS) return false;
  let from = 0;
  for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', from)) {
    if (nl - from > LONG_LINE_CHARS) return true;
    from = nl + 1;
  }
  return text.length - from > LONG_LINE_CHARS;
}

/** Runs of whole short lines up to PIECE_CHARS, and long lines cut into overlapping PIECE_CHARS windows. */
function* pieces(text: string): Generator<[number, number]> {
  let start = 0;
  let from = 0;
  while (from < text.length) {
    const nl = text.indexOf('\n', from);
    const lineEnd = nl === -1 ? text.length : nl + 1;
    if (lineEnd - from > LONG_LINE_CHARS) {
      if (from > start) yield [start, from];
      for (let at = from; at < lineEnd; at += PIECE_CHARS - PIECE_OVERLAP_CHARS) {
        yield [at, Math.min(at + PIECE_CHARS, lineEnd)];
        if (at + PIECE_CHARS >= lineEnd) break;
      }
      start = lineEnd;
    } else if (lineEnd - start > PIECE_CHARS) {
      if (from > start) yield [start, from];
      start = from;
    }
    from = lineEnd;
  }
  if (start < text.length) yield [start, text.length];
}

function runRules(kit: DetectorKit, rules: readonly Rule[], fragment: Fragment, text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const rule of rules) {
    if (rule.fileKinds && !rule.fileKinds.includes(fragment.fileKind)) continue;
    for (const m of kit.matchRule(rule, text)) out.push(candidateOf(rule, m.secret, m.start, m.end, m.parts));
  }
  return out;
}

function candidateOf(rule: Rule, secret: string, start: number, end: number, parts?: Record<string, string>): Candidate {
  return {
    ruleId: rule.id,
    secret,
    start,
    end,
    kind: rule.kind,
    sensitivity: rule.sensitivity,
    store: rule.store,
    context: { fileKind: 'text' },
    ...(parts && Object.keys(parts).length ? { parts } : {}),
  };
}

/**
 * A rule hit on a decoded value points at the secret's own text when the source holds it verbatim (a YAML
 * block scalar only loses its indentation), else at the whole value (base64 `Secret.data`, escapes).
 */
function onSourceSpan(hit: Candidate, a: Assignment, text: string): Candidate {
  const at = text.slice(a.start, a.end).indexOf(hit.secret);
  return at >= 0 ? { ...hit, start: a.start + at, end: a.start + at + hit.secret.length } : { ...hit, start: a.start, end: a.end };
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The smallest assignment whose value span contains the candidate. */
function innermost(sorted: Assignment[], c: Candidate): Assignment | undefined {
  let best: Assignment | undefined;
  for (const a of sorted) {
    if (a.start > c.start) break;
    if (a.end >= c.end && (!best || a.end - a.start < best.end - best.start)) best = a;
  }
  return best;
}

function withContext(c: Candidate, fragment: Fragment, a: Assignment | undefined): Candidate {
  const context: FindingContext = { ...c.context, fileKind: fragment.fileKind, isTest: fragment.isTest };
  if (a) {
    context.key ??= a.key;
    if (context.scope === undefined && a.scope.length) context.scope = a.scope;
    if (context.groupId === undefined && a.groupId !== undefined) context.groupId = a.groupId;
  }
  if (fragment.committedAt) context.committedAt = fragment.committedAt;
  return { ...c, context };
}
