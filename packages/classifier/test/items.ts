import type { StoreKind } from '@unleak/core';
import type { MigrationItem } from '../src/index.js';

/** A bare MigrationItem for cost and policy tests. */
export function item(store: StoreKind, name: string, project = 'api', valueBytes = 32): MigrationItem {
  return {
    id: `item-${name}`, store, name, project, env: 'prod', kind: 'secret', sensitivity: 'high', reason: 'test item',
    decidedBy: { source: 'built-in', id: 'test', summary: 'test' }, shape: 'value', members: [],
    rotation: { needed: false, note: '' }, valueBytes,
  };
}
