import { itemFields } from '@unleak/classifier';
import { SecretValue, type PlanItem, type PlanMember } from '@unleak/core';
import type { LocatedMember } from './locate.js';

/**
 * The value to store for an item, rebuilt from the sources as they are now: the member's value, or the JSON
 * map of all members (`{"engine","host","port","username","password","dbname"}` for database credentials).
 * A member whose rewrite replaces a whole literal (`widened`) stores that literal (for JSON: under `url`),
 * because that is what the rewritten code will read.
 */
export function renderValue(item: PlanItem, located: Map<PlanMember, LocatedMember>, widened: Map<PlanMember, string>): SecretValue {
  const valueOf = (m: PlanMember) => {
    const l = located.get(m);
    if (!l) throw new Error(`item ${item.id}: ${m.file}:${m.line} was not located`);
    return l;
  };
  const first = item.members[0];
  if (!first) throw new Error(`item ${item.id} has no members`);
  if (item.shape === 'value') return new SecretValue(widened.get(first) ?? valueOf(first).detection.secret.reveal());
  const json = itemFields(item, (m) => valueOf(m).detection);
  for (const m of item.members) {
    const whole = widened.get(m);
    if (whole !== undefined) json[json.url === undefined ? 'url' : `url_${m.envName.toLowerCase()}`] = whole;
  }
  return new SecretValue(JSON.stringify(json));
}

/** A widened literal's text without its quotes. */
export function literalText(text: string, literal: { start: number; end: number }): string {
  const raw = text.slice(literal.start, literal.end);
  const q = raw[0];
  return raw.length >= 2 && (q === '"' || q === "'" || q === '`') && raw.endsWith(q) ? raw.slice(1, -1) : raw;
}
