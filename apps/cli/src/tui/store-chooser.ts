import type { StoreKind } from '@unleak/core';
import type { MigrationItem } from '@unleak/classifier';
import { costOfDecisions } from './cost.js';
import { STORE_CYCLE, type Decision, type ReviewRow } from './model.js';
import { effectiveTarget, nameForStore } from './selectors.js';

/** The chooser's wording for each store (the list badges are too terse for a choice). */
export const STORE_LABEL: Record<StoreKind, string> = {
  'ssm-string': 'SSM String',
  'ssm-secure': 'SSM SecureString',
  'secrets-manager': 'Secrets Manager',
  vault: 'Vault KV',
  remove: 'remove (no store)',
};

export interface StoreChoice {
  store: StoreKind;
  label: string;
  /** The name the item gets in this store (empty for remove). */
  name: string;
  /** Monthly cost of this item in this store. */
  monthlyUsd: number;
  current: boolean;
}

/** One line per store, in STORE_CYCLE order, with what choosing it would cost for this item. */
export function storeChoices(row: ReviewRow, decision: Decision | undefined, items: readonly MigrationItem[]): StoreChoice[] {
  const now = effectiveTarget(row, decision);
  const base = now.name || row.proposal.name || `${row.project}/${row.kind}`;
  const item = items.filter((i) => i.id === row.itemId);
  return STORE_CYCLE.map((store) => {
    const name = nameForStore(base, store);
    return {
      store,
      label: STORE_LABEL[store],
      name,
      monthlyUsd: costOfDecisions(item, { [row.itemId]: { action: 'migrate', store, name } }).totalUsd,
      current: store === now.store,
    };
  });
}
