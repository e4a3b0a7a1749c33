import { GENERIC_RULES } from './extract/index.js';
import { RULES } from './rules/index.js';

/** Every rule id a finding can carry (provider and generic rules) and its title, for reporters and config checks. */
export const RULE_TITLES: ReadonlyMap<string, string> = new Map([...RULES, ...GENERIC_RULES].map((r) => [r.id, r.title]));
