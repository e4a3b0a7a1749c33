import { existsSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { StoreError, type Plan } from '@unleak/core';
import type { SecretStore, WritableStoreKind } from '@unleak/stores';
import { atomicWrite, contentHash, syncDir } from './atomic-write.js';
import { DEFAULT_JOURNAL, Journal, type JournalLine } from './journal.js';
import { acquireLock } from './lock.js';
import { REPORT_FILE } from './report.js';

export interface RollbackDeps {
  root: string;
  stores: Record<WritableStoreKind, SecretStore>;
  journalPath?: string;
}

export interface RollbackResult {
  planId: string;
  files: Array<{ file: string; outcome: 'restored' | 'deleted' | 'kept'; reason?: string }>;
  stores: Array<{ item: string; store: string; name: string; outcome: 'removed' | 'absent' | 'kept'; reason?: string }>;
}

/**
 * Undoes an apply: first restores each file from its backup (only when it still holds exactly what apply wrote;
 * otherwise it is kept and listed), then removes the store entries this plan created (tagged with its id),
 * keeping entries whose file could not be restored, so no secret is left nowhere.
 */
export async function rollbackPlan(plan: Plan, deps: RollbackDeps, options: { onJournal?: (line: JournalLine, count: number) => void } = {}): Promise<RollbackResult> {
  const release = acquireLock(join(deps.root, '.unleak/lock'), 'rollback');
  try {
    return await rollbackLocked(plan, deps, options);
  } finally {
    release();
  }
}

async function rollbackLocked(plan: Plan, deps: RollbackDeps, options: { onJournal?: (line: JournalLine, count: number) => void }): Promise<RollbackResult> {
  const journal = new Journal(deps.journalPath ?? join(deps.root, DEFAULT_JOURNAL), plan.id, options.onJournal);
  const lines = journal.readCurrent();
  const result: RollbackResult = { planId: plan.id, files: [], stores: [] };
  const writes = new Map<string, { first: JournalLine & { step: 'file-planned' }; last: JournalLine & { step: 'file-planned' }; items: Set<string> }>();
  for (const line of lines) {
    if (line.step !== 'file-planned') continue;
    const w = writes.get(line.file);
    if (w) {
      w.last = line;
      for (const i of line.items) w.items.add(i);
    } else writes.set(line.file, { first: line, last: line, items: new Set(line.items) });
  }
  const unrestored = new Set<string>();
  for (const [file, w] of [...writes.entries()].reverse()) {
    const abs = join(deps.root, file);
    const current = existsSync(abs) ? contentHash(readFileSync(abs)) : null;
    const original = w.first.before;
    let outcome: RollbackResult['files'][number];
    if (current === original) outcome = { file, outcome: 'restored', reason: 'already as before apply' };
    else if (current !== w.last.after) {
      outcome = { file, outcome: 'kept', reason: current === null ? 'deleted since apply' : 'modified since apply; restore it by hand from its backup' + (w.first.backup ? ` (${w.first.backup})` : '') };
      for (const i of w.items) unrestored.add(i);
    } else if (original === null) {
      await rm(abs, { force: true });
      await syncDir(join(abs, '..'));
      outcome = { file, outcome: 'deleted' };
    } else {
      const backup = w.first.backup ? join(deps.root, w.first.backup) : undefined;
      if (!backup || !existsSync(backup) || contentHash(readFileSync(backup)) !== original) {
        outcome = { file, outcome: 'kept', reason: `its backup ${w.first.backup ?? ''} is missing or changed` };
        for (const i of w.items) unrestored.add(i);
      } else {
        await atomicWrite(abs, readFileSync(backup));
        outcome = { file, outcome: 'restored' };
      }
    }
    result.files.push(outcome);
    await journal.append({ step: 'rollback-file', file, outcome: outcome.outcome, ...(outcome.reason ? { reason: outcome.reason } : {}) });
  }

  for (const item of plan.items) {
    if (item.store === 'remove' || item.skip) continue;
    const store = item.store;
    const base = { item: item.id, store, name: item.name };
    if (unrestored.has(item.id)) {
      result.stores.push({ ...base, outcome: 'kept', reason: 'a file that used it could not be restored, so the store keeps the only copy' });
      continue;
    }
    try {
      const description = await deps.stores[store].describe(item.name);
      if (!description) {
        result.stores.push({ ...base, outcome: 'absent' });
        continue;
      }
      if (!description.managedByUnleak || description.tags['unleak:plan'] !== plan.id) {
        result.stores.push({ ...base, outcome: 'kept', reason: description.managedByUnleak ? `created by another plan (${description.tags['unleak:plan'] ?? 'unknown'})` : 'not created by unleak' });
        continue;
      }
      const outcome = await deps.stores[store].remove(item.name, { force: true });
      result.stores.push({ ...base, outcome });
      await journal.append({ step: 'store-removed', item: item.id, store, name: item.name, outcome });
    } catch (e) {
      if (!(e instanceof StoreError)) throw e;
      result.stores.push({ ...base, outcome: 'kept', reason: `${e.code}: ${e.message}` });
    }
  }
  await removeReport(deps.root, plan.id);
  await journal.append({ step: 'rollback-done' });
  return result;
}

/** The report describes stores that no longer hold anything: remove it when it is this plan's. */
async function removeReport(root: string, planId: string): Promise<void> {
  const path = join(root, REPORT_FILE);
  if (existsSync(path) && readFileSync(path, 'utf8').includes(`Plan \`${planId}\``)) await rm(path, { force: true });
}
