import { describe, expect, it } from 'vitest';
import { estimateCost } from '../src/index.js';
import { item } from './items.js';

describe('estimateCost', () => {
  const items = [
    item('secrets-manager', 'api/prod/db'),
    item('secrets-manager', 'api/prod/stripe'),
    item('secrets-manager', 'api/prod/jwt'),
    item('ssm-secure', '/api/prod/webhook'),
    item('ssm-secure', '/api/prod/ca-bundle', 'api', 5000),
    item('ssm-string', '/api/prod/db-host'),
    item('vault', 'api/prod/gcp'),
    item('remove', ''),
  ];

  it('prices each store at 100k reads per item-month (hand-checked)', () => {
    const cost = estimateCost(items, { readsPerMonth: 100_000 });
    // SM: 3 × $0.40 = $1.20 storage; 3 × 100k / 10k × $0.05 = $1.50 calls.
    // SSM: one SecureString over 4 KB → advanced: $0.05 + 100k / 10k × $0.05 = $0.55; the rest standard, free.
    expect(cost.byStore.map((l) => [l.store, l.count, l.storageUsd, l.apiUsd, l.monthlyUsd])).toEqual([
      ['ssm-string', 1, 0, 0, 0],
      ['ssm-secure', 2, 0.05, 0.5, 0.55],
      ['secrets-manager', 3, 1.2, 1.5, 2.7],
      ['vault', 1, 0, 0, 0],
      ['remove', 1, 0, 0, 0],
    ]);
    expect(cost.byStore[1]?.advanced).toBe(1);
    expect(cost.totalUsd).toBe(3.25);
  });

  it('costs $0.40 per secret with no reads, and nothing for an empty set', () => {
    expect(estimateCost([item('secrets-manager', 'a')], { readsPerMonth: 0 }).totalUsd).toBe(0.4);
    expect(estimateCost([], { readsPerMonth: 1000 })).toEqual({ readsPerMonth: 1000, byStore: [], totalUsd: 0 });
  });

  it('rejects a negative read rate', () => {
    expect(() => estimateCost(items, { readsPerMonth: -1 })).toThrow(/readsPerMonth must be a number ≥ 0, got -1/);
  });
});
