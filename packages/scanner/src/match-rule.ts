import type { Rule } from './rule.js';
import { shannonEntropy } from './entropy.js';

/** One hit of one rule; offsets index the scanned text, `end` exclusive. */
export interface RuleMatch {
  secret: string;
  start: number;
  end: number;
  /** The pattern's other named groups (`engine`, `username`, `host`, `port`, `dbname`…) that matched. */
  parts?: Record<string, string>;
}

/**
 * A rule stops after this many raw hits in one text, so a generated file full of token-shaped strings
 * costs bounded time and memory instead of producing millions of candidates.
 */
export const MAX_MATCHES_PER_RULE = 1000;

const globalPatterns = new WeakMap<Rule, RegExp>();

/** The rule's pattern with `g` (scan forward from the end of each hit) and `d` (group offsets), built once. */
function globalPattern(rule: Rule): RegExp {
  let re = globalPatterns.get(rule);
  if (re === undefined) {
    re = new RegExp(rule.pattern.source, rule.pattern.flags.replace(/[gyd]/g, '') + 'gd');
    globalPatterns.set(rule, re);
  }
  return re;
}

/**
 * Runs one rule over `text`: every hit of its pattern whose `secret` group passes the rule's entropy floor,
 * allow-list and structural check. The scan only moves forward (each search starts where the previous hit
 * ended), so the cost is linear in the text for a linear pattern. Pass `lowerText` (the text lower-cased
 * once per fragment) to skip the regex when none of the rule's keywords occurs.
 */
export function matchRule(rule: Rule, text: string, lowerText?: string): RuleMatch[] {
  if (lowerText !== undefined && !rule.keywords.some((k) => lowerText.includes(k))) return [];
  const re = globalPattern(rule);
  re.lastIndex = 0;
  const matches: RuleMatch[] = [];
  try {
    for (let hits = 0; hits < MAX_MATCHES_PER_RULE; hits++) {
      const m = re.exec(text);
      if (m === null) break;
      if (m[0].length === 0) re.lastIndex++;
      const secret = m.groups?.['secret'];
      const span = m.indices?.groups?.['secret'];
      if (secret === undefined || span === undefined || secret.length === 0) continue;
      if (!isAccepted(rule, secret)) continue;
      const parts = otherGroups(m.groups);
      matches.push(parts === undefined ? { secret, start: span[0], end: span[1] } : { secret, start: span[0], end: span[1], parts });
    }
  } finally {
    re.lastIndex = 0;
  }
  return matches;
}

function isAccepted(rule: Rule, secret: string): boolean {
  if (rule.minEntropy !== undefined && shannonEntropy(secret) < rule.minEntropy) return false;
  if (rule.allow?.some((allowed) => allowed.test(secret))) return false;
  if (rule.validate !== undefined && !rule.validate(secret)) return false;
  return true;
}

function otherGroups(groups: Record<string, string | undefined> | undefined): Record<string, string> | undefined {
  if (groups === undefined) return undefined;
  let parts: Record<string, string> | undefined;
  for (const [name, value] of Object.entries(groups)) {
    if (name === 'secret' || value === undefined || value === '') continue;
    (parts ??= {})[name] = value;
  }
  return parts;
}

/** Every keyword of `rules`, lower-case and without duplicates: the dictionary of the one-pass prefilter. */
export function keywordsOf(rules: readonly Rule[]): string[] {
  return [...new Set(rules.flatMap((r) => r.keywords))].sort();
}
