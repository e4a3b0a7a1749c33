import { estimateCost, type CostEstimate, type MigrationItem } from '@unleak/classifier';
import type { Decision } from './model.js';

export const READS_PER_MONTH = 100_000;

/** Monthly cost of the items decided so far, each in the store the person chose. */
export function costOfDecisions(items: readonly MigrationItem[], decisions: Readonly<Record<string, Decision>>): CostEstimate {
  const chosen: MigrationItem[] = [];
  for (const item of items) {
    const d = decisions[item.id];
    if (d?.action === 'migrate') chosen.push({ ...item, store: d.store, name: d.name });
  }
  return estimateCost(chosen, { readsPerMonth: READS_PER_MONTH });
}

export function usd(amount: number): string {
  return `$${amount.toFixed(2)}`;
}
