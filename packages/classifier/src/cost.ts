import { STORE_KINDS, type StoreKind } from '@unleak/core';
import type { MigrationItem } from './types.js';

/** List prices (USD, us-east-1, 2026-11; see stores.md §2). Check the pricing pages at release. */
export const PRICES = {
  secretsManagerPerSecretMonth: 0.4,
  secretsManagerPer10kCalls: 0.05,
  ssmAdvancedPerParameterMonth: 0.05,
  /** API interactions on advanced parameters (standard parameters at standard throughput are free). */
  ssmAdvancedPer10kCalls: 0.05,
  ssmStandardMaxBytes: 4096,
} as const;

export interface CostLine {
  store: StoreKind;
  /** Store objects (parameters, secrets, Vault paths); `remove` items count but cost nothing. */
  count: number;
  /** SSM only: parameters over 4 KB, which need the advanced tier. */
  advanced?: number;
  storageUsd: number;
  apiUsd: number;
  monthlyUsd: number;
  note: string;
}

export interface CostEstimate {
  readsPerMonth: number;
  byStore: CostLine[];
  totalUsd: number;
}

/**
 * Monthly cost of keeping `items` where they are routed, each read `readsPerMonth` times. Vault is 0
 * (self-hosted; the servers are not counted), `remove` is 0.
 */
export function estimateCost(items: MigrationItem[], options: { readsPerMonth: number }): CostEstimate {
  const reads = options.readsPerMonth;
  if (!Number.isFinite(reads) || reads < 0) throw new RangeError(`readsPerMonth must be a number ≥ 0, got ${reads}`);
  const byStore: CostLine[] = [];
  for (const store of STORE_KINDS) {
    const of = items.filter((i) => i.store === store);
    if (of.length === 0) continue;
    byStore.push(lineFor(store, of, reads));
  }
  return { readsPerMonth: reads, byStore, totalUsd: cents(byStore.reduce((sum, l) => sum + l.monthlyUsd, 0)) };
}

function lineFor(store: StoreKind, items: MigrationItem[], reads: number): CostLine {
  const count = items.length;
  if (store === 'secrets-manager') {
    const storageUsd = count * PRICES.secretsManagerPerSecretMonth;
    const apiUsd = ((count * reads) / 10_000) * PRICES.secretsManagerPer10kCalls;
    return line(store, count, storageUsd, apiUsd, `$${PRICES.secretsManagerPerSecretMonth}/secret-month + $${PRICES.secretsManagerPer10kCalls}/10k calls`);
  }
  if (store === 'ssm-string' || store === 'ssm-secure') {
    const advanced = items.filter((i) => i.valueBytes > PRICES.ssmStandardMaxBytes).length;
    const storageUsd = advanced * PRICES.ssmAdvancedPerParameterMonth;
    const apiUsd = ((advanced * reads) / 10_000) * PRICES.ssmAdvancedPer10kCalls;
    const note = advanced === 0 ? 'standard tier: free' : `${advanced} over 4 KB need the advanced tier ($${PRICES.ssmAdvancedPerParameterMonth}/param-month + $${PRICES.ssmAdvancedPer10kCalls}/10k calls)`;
    return { ...line(store, count, storageUsd, apiUsd, note), advanced };
  }
  return line(store, count, 0, 0, store === 'vault' ? 'self-hosted: no per-secret charge' : 'removed: nothing stored');
}

function line(store: StoreKind, count: number, storageUsd: number, apiUsd: number, note: string): CostLine {
  return { store, count, storageUsd: cents(storageUsd), apiUsd: cents(apiUsd), monthlyUsd: cents(storageUsd + apiUsd), note };
}

/** Rounded to a hundredth of a cent, so sums stay exact enough to compare. */
function cents(usd: number): number {
  return Math.round(usd * 10_000) / 10_000;
}
