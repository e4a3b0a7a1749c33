import type { Baseline } from '../baseline.js';
import type { Pending } from './pending.js';

/** Step 4: findings already recorded in the baseline (matched by content fingerprint, not by line). */
export function createBaselineFilter(baseline: Baseline | undefined): (p: Pending) => string | undefined {
  const known = new Set(baseline?.entries.map((e) => e.fingerprint) ?? []);
  return (p) => (known.has(p.fingerprint) ? `fingerprint ${p.fingerprint} is in the baseline` : undefined);
}
