import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { InterruptedError, StoreError, UsageError, type Plan, type PlanItem, type PlanMember } from '@unleak/core';
import { introducedSyntaxProblem, rewriteFile, unifiedDiff, type RewriteResult, type RewriteTarget } from '@unleak/rewrite';
import type { ScanConfig } from '@unleak/scanner';
import type { SecretStore, WritableStoreKind } from '@unleak/stores';
import { atomicWrite, contentHash } from './atomic-write.js';
import { checkFiles } from './check-files.js';
import { acquireLock } from './lock.js';
import { DEFAULT_JOURNAL, Journal, type JournalLine } from './journal.js';
import { locateItems, readSources, type LocatedMember, type MemberLookup, type SourceFile } from './locate.js';
import { literalText, renderValue } from './render-value.js';
import { writeReport } from './report.js';

/** What apply needs from the outside world: where the repository is and the stores to write to. */
export interface ApplyDeps {
  /** Absolute path of the repository the plan was made for. */
  root: string;
  stores: Record<WritableStoreKind, SecretStore>;
  scanConfig?: ScanConfig;
  /** Default `<root>/.unleak/journal`. */
  journalPath?: string;
}

export interface ApplyOptions {
  /** Print what would happen; write nothing (no store, no file, no journal). */
  dryRun?: boolean;
  /** Only these item ids (items stored by an earlier run are still rewritten). */
  only?: string[];
  /** Ctrl-C: the item or file in flight is finished, then InterruptedError (exit 130). */
  signal?: AbortSignal;
  onProgress?: (event: ApplyEvent) => void;
  /** Replace a different value already under an item's name (never implied). */
  overwrite?: boolean;
  tsStyle?: 'env' | 'sdk';
  /** Called after each journal line is on disk; crash tests kill the process here. */
  onJournal?: (line: JournalLine, count: number) => void;
}

export type ItemPhase = 'write' | 'verify' | 'stored' | 'already' | 'skipped' | 'failed';
export type FilePhase = 'rewrite' | 'rewritten' | 'manual';

export type ApplyEvent =
  | { type: 'item'; item: string; store: string; name: string; phase: ItemPhase; outcome?: string; message?: string }
  | { type: 'file'; file: string; phase: FilePhase; message?: string }
  | { type: 'check'; file: string; problem: string };

export type ItemStatus = 'created' | 'updated' | 'unchanged' | 'already' | 'removed' | 'skipped' | 'failed' | 'would-write';

export interface ItemOutcome {
  id: string;
  store: string;
  name: string;
  status: ItemStatus;
  /** Redacted value (dry run only) or the reason an item was skipped or failed. */
  message?: string;
  version?: string;
}

export interface FileOutcome {
  file: string;
  status: 'rewritten' | 'would-rewrite';
  /** Unified diff with secrets redacted (dry run). */
  diff?: string;
}

export interface ApplyResult {
  planId: string;
  dryRun: boolean;
  items: ItemOutcome[];
  files: FileOutcome[];
  manual: Array<{ file: string; line: number; reason: string }>;
  notes: string[];
  /** Post-apply checks: a finding still on a migrated line, a file that no longer parses. */
  problems: string[];
  /** Anything written to a store or a file in this run. */
  changed: boolean;
  reportPath?: string;
  policyFiles: string[];
}

const IGNORE_LINE = '.unleak/';

/**
 * Phase 1, per item: re-read the value from the source (checked against the plan's hash), write it to its
 * store (idempotent), verified by read-back, journal. Phase 2, per file: one rewrite with every target whose
 * item is stored, written atomically after journaling the before/after hashes. At every instant each secret
 * is in its source or in its store; running apply again resumes, and a finished plan is a no-op.
 */
export async function applyPlan(plan: Plan, deps: ApplyDeps, options: ApplyOptions = {}): Promise<ApplyResult> {
  if (options.dryRun) return applyUnlocked(plan, deps, options);
  const release = acquireLock(join(deps.root, '.unleak/lock'), 'apply');
  try {
    return await applyUnlocked(plan, deps, options);
  } finally {
    release();
  }
}

async function applyUnlocked(plan: Plan, deps: ApplyDeps, options: ApplyOptions): Promise<ApplyResult> {
  const { root } = deps;
  const emit = options.onProgress ?? (() => {});
  const journal = new Journal(deps.journalPath ?? join(root, DEFAULT_JOURNAL), plan.id, options.onJournal);
  const history = journal.readCurrent();
  const storedBefore = storedItems(history, plan);
  const only = options.only ? new Set(options.only) : undefined;
  const unknown = options.only?.filter((id) => !plan.items.some((i) => i.id === id)) ?? [];
  if (unknown.length > 0) throw new UsageError(`--only: no item ${unknown.join(', ')} in plan ${plan.id}; item ids are listed in the plan`);
  const selected = plan.items.filter((i) => !i.skip && (!only || only.has(i.id)));
  const rewritable = plan.items.filter((i) => !i.skip && (selected.includes(i) || storedBefore.has(i.id)));

  const files = [...new Set(rewritable.flatMap((i) => i.members.map((m) => m.file)))].sort();
  const sources = await readSources(root, files, deps.scanConfig);
  const lookups = locateItems(rewritable, sources);
  const located = new Map<PlanMember, LocatedMember>();
  for (const [m, l] of lookups) if (l.status === 'found') located.set(m, l.located);
  const preview = await previewRewrites(plan, rewritable, sources, located, options);
  const widened = widenedValues(preview, sources, located);

  const result: ApplyResult = { planId: plan.id, dryRun: Boolean(options.dryRun), items: [], files: [], manual: [], notes: [], problems: [], changed: false, policyFiles: [] };
  if (options.dryRun) return dryRun(selected, storedBefore, lookups, located, widened, preview, sources, result);

  if (!history.some((l) => l.step === 'apply-start')) await journal.append({ step: 'apply-start', items: selected.length });
  await recoverRenames(root, history, journal);
  const tracked = trackedWriter(root, plan, journal);
  // not journaled, so rollback keeps it: .unleak/backup holds the original files, values included
  const ignored = gitignoreWithUnleak(root);
  if (ignored !== undefined) {
    await atomicWrite(join(root, '.gitignore'), ignored);
    result.changed = true;
  }

  // Phase 1: stores.
  const stored = new Set(storedBefore.keys());
  let interrupted = false;
  for (const item of selected) {
    if (options.signal?.aborted) {
      interrupted = true;
      break;
    }
    const base = { type: 'item' as const, item: item.id, store: item.store, name: item.name };
    if (stored.has(item.id)) {
      result.items.push({ id: item.id, store: item.store, name: item.name, status: 'already' });
      emit({ ...base, phase: 'already' });
      continue;
    }
    const problem = firstProblem(item, lookups);
    if (problem) {
      const message = `skipped: ${problem.message}`;
      result.items.push({ id: item.id, store: item.store, name: item.name, status: 'skipped', message });
      emit({ ...base, phase: 'skipped', message });
      continue;
    }
    if (item.store === 'remove') {
      await journal.append({ step: 'item-stored', item: item.id, store: item.store, name: item.name, outcome: 'remove' });
      stored.add(item.id);
      result.items.push({ id: item.id, store: item.store, name: item.name, status: 'removed' });
      emit({ ...base, phase: 'stored', outcome: 'remove' });
      continue;
    }
    const first = item.members[0] as PlanMember;
    try {
      emit({ ...base, phase: 'write' });
      const put = await deps.stores[item.store].put(
        {
          store: item.store,
          name: item.name,
          value: renderValue(item, located, widened),
          fingerprint: first.fingerprint,
          planId: plan.id,
          source: `${first.file}:${first.line}`,
          description: `migrated by unleak from ${first.file}:${first.line}`,
        },
        { overwrite: Boolean(options.overwrite) },
      );
      emit({ ...base, phase: 'verify', outcome: put.outcome });
      await journal.append({ step: 'item-stored', item: item.id, store: item.store, name: item.name, outcome: put.outcome, version: put.version });
      stored.add(item.id);
      if (put.outcome !== 'unchanged') result.changed = true;
      result.items.push({ id: item.id, store: item.store, name: item.name, status: put.outcome, version: put.version });
      result.notes.push(...put.warnings.map((w) => `${item.name}: ${w}`));
      emit({ ...base, phase: 'stored', outcome: put.outcome });
    } catch (e) {
      if (!(e instanceof StoreError)) throw e;
      const message = `${e.code}: ${e.message}`;
      await journal.append({ step: 'item-failed', item: item.id, error: message });
      result.items.push({ id: item.id, store: item.store, name: item.name, status: 'failed', message });
      emit({ ...base, phase: 'failed', message });
    }
  }
  if (interrupted) throw interruptedAfter(result, selected.length);

  // Phase 2: sources, one rewrite per file with every target whose item is in its store.
  const touched: string[] = [];
  for (const file of files) {
    if (options.signal?.aborted) throw interruptedAfter(result, selected.length);
    const source = sources.get(file);
    const targets = targetsIn(file, rewritable.filter((i) => stored.has(i.id)), located, plan);
    if (!source || targets.length === 0) continue;
    emit({ type: 'file', file, phase: 'rewrite' });
    const rewrite = await rewriteFile({ path: file, fileKind: targets[0]?.fileKind ?? 'text', text: source.text, targets: targets.map((t) => t.target), options: { tsStyle: options.tsStyle ?? 'env' } });
    result.manual.push(...rewrite.manual.map((m) => ({ file, ...m })));
    for (const note of rewrite.notes) if (!result.notes.includes(note)) result.notes.push(note);
    if (rewrite.manual.length > 0) emit({ type: 'file', file, phase: 'manual', message: rewrite.manual.map((m) => `line ${m.line}: ${m.reason}`).join('; ') });
    if (!rewrite.changed) continue;
    // Never write a file the rewrite broke, nor one whose helper file would break: the values are already in
    // their stores, so the source keeps them until a person edits it (and a rerun tries again).
    const extras = (rewrite.extraFiles ?? []).map((extra) => ({ path: extra.path, next: extraFileText(root, extra) }));
    const broken =
      introducedSyntaxProblem(file, source.text, rewrite.text, targets[0]?.fileKind) ??
      extras
        .map((e) => {
          const problem = e.next === undefined ? undefined : introducedSyntaxProblem(e.path, currentText(root, e.path), e.next);
          return problem && `would leave its helper file ${e.path} that ${problem}`;
        })
        .find(Boolean);
    if (broken) {
      result.problems.push(`${file}: the rewrite ${broken}; the file was left unchanged (its values are in their stores): replace them by hand`);
      emit({ type: 'file', file, phase: 'manual', message: `rewrite ${broken}; left unchanged` });
      continue;
    }
    const itemIds = [...new Set(targets.map((t) => t.itemId))];
    // extra files first: a crash after them leaves the file to rewrite, and a rerun finds them in place
    for (const { path, next } of extras) {
      if (next !== undefined && (await tracked(next, path, itemIds))) touched.push(path);
    }
    await tracked(rewrite.text, file, itemIds, { notes: rewrite.notes, manual: rewrite.manual });
    touched.push(file);
    result.changed = true;
    result.files.push({ file, status: 'rewritten' });
    emit({ type: 'file', file, phase: 'rewritten' });
  }

  result.problems.push(...(await checkFiles(root, touched, plan, deps.scanConfig, new Set(result.manual.map((m) => `${m.file}:${m.line}`)))));
  for (const p of result.problems) emit({ type: 'check', file: p.split(':')[0] ?? '', problem: p });
  if (!history.some((l) => l.step === 'apply-done') || result.changed) await journal.append({ step: 'apply-done' });
  if (result.changed || !existsSync(join(root, 'unleak-report.md'))) {
    const written = await writeReport(root, plan, result, journal.readCurrent());
    result.reportPath = written.reportPath;
    result.policyFiles = written.policyFiles;
  }
  return result;
}

/** A rename journaled as planned but not as done: the file's content tells whether it happened. */
async function recoverRenames(root: string, history: JournalLine[], journal: Journal): Promise<void> {
  const pending = new Map<string, string>();
  for (const line of history) {
    if (line.step === 'file-planned') pending.set(line.file, line.after);
    else if (line.step === 'file-done') pending.delete(line.file);
  }
  for (const [file, after] of pending) {
    const abs = join(root, file);
    if (existsSync(abs) && contentHash(readFileSync(abs)) === after) await journal.append({ step: 'file-done', file, after });
  }
}

function firstProblem(item: PlanItem, lookups: Map<PlanMember, MemberLookup>): Exclude<MemberLookup, { status: 'found' }> | undefined {
  for (const m of item.members) {
    const l = lookups.get(m);
    if (!l) return { status: 'missing', message: `${m.file}:${m.line}: not looked up` };
    if (l.status !== 'found') return l;
  }
  return undefined;
}

function interruptedAfter(result: ApplyResult, total: number): InterruptedError {
  const done = result.items.filter((i) => i.status !== 'skipped' && i.status !== 'failed').length;
  return new InterruptedError(`interrupted after ${done} of ${total} items; every secret is in its source or its store. Run the same 'unleak apply' again to resume`);
}

/** Items the journal says are in their store under the name the plan gives them now. */
function storedItems(history: JournalLine[], plan: Plan): Map<string, JournalLine> {
  const out = new Map<string, JournalLine>();
  for (const line of history) {
    if (line.step !== 'item-stored') continue;
    const item = plan.items.find((i) => i.id === line.item);
    if (item && item.store === line.store && item.name === line.name) out.set(line.item, line);
  }
  return out;
}

interface FileTarget {
  itemId: string;
  member: PlanMember;
  fileKind: PlanMember['fileKind'];
  target: RewriteTarget;
}

function targetsIn(file: string, items: PlanItem[], located: Map<PlanMember, LocatedMember>, plan: Plan): FileTarget[] {
  const out: FileTarget[] = [];
  for (const item of items) {
    for (const member of item.members) {
      const l = located.get(member);
      if (member.file !== file || !l) continue;
      out.push({
        itemId: item.id,
        member,
        fileKind: member.fileKind,
        target: {
          span: { start: l.start, end: l.end },
          line: l.detection.line,
          column: l.detection.column,
          store: item.store,
          name: item.name,
          ...(member.jsonKey !== undefined ? { jsonKey: member.jsonKey } : {}),
          envName: member.envName,
          ...(member.key !== undefined ? { key: member.key } : {}),
          ...(member.scope ? { scope: member.scope } : {}),
          kind: member.kind,
          vaultMount: plan.vaultMount,
        },
      });
    }
  }
  return out.sort((a, b) => a.target.span.start - b.target.span.start);
}

interface Preview {
  file: string;
  targets: FileTarget[];
  rewrite: RewriteResult;
}

/** The rewrite of each file with all its targets, computed before any write: it tells which values widen. */
async function previewRewrites(plan: Plan, items: PlanItem[], sources: Map<string, SourceFile>, located: Map<PlanMember, LocatedMember>, options: ApplyOptions): Promise<Preview[]> {
  const out: Preview[] = [];
  for (const [file, source] of sources) {
    const targets = targetsIn(file, items, located, plan);
    if (targets.length === 0) continue;
    const rewrite = await rewriteFile({ path: file, fileKind: targets[0]?.fileKind ?? 'text', text: source.text, targets: targets.map((t) => t.target), options: { tsStyle: options.tsStyle ?? 'env' } });
    out.push({ file, targets, rewrite });
  }
  return out;
}

function widenedValues(previews: Preview[], sources: Map<string, SourceFile>, located: Map<PlanMember, LocatedMember>): Map<PlanMember, string> {
  const out = new Map<PlanMember, string>();
  for (const p of previews) {
    const text = sources.get(p.file)?.text ?? '';
    for (const w of p.rewrite.widened ?? []) {
      const t = p.targets.find((x) => x.target.envName === w.envName && x.target.line === w.line) ?? p.targets.find((x) => x.target.envName === w.envName);
      const l = t && located.get(t.member);
      if (t && l && w.literal.start <= l.start && l.end <= w.literal.end) out.set(t.member, literalText(text, w.literal));
    }
  }
  return out;
}

function dryRun(
  selected: PlanItem[],
  storedBefore: Map<string, JournalLine>,
  lookups: Map<PlanMember, MemberLookup>,
  located: Map<PlanMember, LocatedMember>,
  widened: Map<PlanMember, string>,
  previews: Preview[],
  sources: Map<string, SourceFile>,
  result: ApplyResult,
): ApplyResult {
  const writable = new Set<string>();
  for (const item of selected) {
    if (storedBefore.has(item.id)) {
      result.items.push({ id: item.id, store: item.store, name: item.name, status: 'already' });
      writable.add(item.id);
      continue;
    }
    const problem = firstProblem(item, lookups);
    if (problem) {
      result.items.push({ id: item.id, store: item.store, name: item.name, status: 'skipped', message: `skipped: ${problem.message}` });
      continue;
    }
    writable.add(item.id);
    result.items.push({ id: item.id, store: item.store, name: item.name, status: 'would-write', message: item.store === 'remove' ? 'removed from the source, not stored' : renderValue(item, located, widened).redacted });
  }
  const knownValues = revealedValues(sources, located, widened);
  for (const p of previews) {
    const targets = p.targets.filter((t) => writable.has(t.itemId));
    if (targets.length === 0) continue;
    const before = sources.get(p.file)?.text ?? '';
    const diff = unifiedDiff(p.file, before, p.rewrite.text, targets.map((t) => t.target), undefined, knownValues);
    result.manual.push(...p.rewrite.manual.map((m) => ({ file: p.file, ...m })));
    if (p.rewrite.changed) result.files.push({ file: p.file, status: 'would-rewrite', diff });
  }
  return result;
}

/**
 * Every secret value this run has in memory: the plan's located values, widened literals and each read
 * file's detections (skipped items included). The dry-run diff masks them wherever they appear, context lines too.
 */
function revealedValues(sources: Map<string, SourceFile>, located: Map<PlanMember, LocatedMember>, widened: Map<PlanMember, string>): string[] {
  const values = new Set<string>(widened.values());
  for (const l of located.values()) values.add(l.detection.secret.reveal());
  for (const source of sources.values()) for (const d of source.detections) values.add(d.secret.reveal());
  return [...values];
}

/** Writes `text` to `file` (relative) with a 0600 backup and before/after hashes journaled before the rename. */
function trackedWriter(root: string, plan: Plan, journal: Journal) {
  return async (text: string | undefined, file: string, items: string[], report?: { notes: string[]; manual: Array<{ line: number; reason: string }> }): Promise<boolean> => {
    if (text === undefined) return false;
    const abs = join(root, file);
    const exists = existsSync(abs);
    const old = exists ? readFileSync(abs) : undefined;
    const before = old ? contentHash(old) : null;
    const after = contentHash(text);
    if (before === after) return false;
    let backup: string | undefined;
    if (old) {
      backup = `.unleak/backup/${plan.id}/${file}`;
      mkdirSync(join(root, '.unleak/backup'), { recursive: true, mode: 0o700 });
      // the first backup of a file in this plan is its original; later runs keep it
      if (!existsSync(join(root, backup))) await atomicWrite(join(root, backup), old, 0o600);
    }
    await journal.append({ step: 'file-planned', file, before, after, ...(backup ? { backup } : {}), items, ...(report?.notes.length ? { notes: report.notes } : {}), ...(report?.manual.length ? { manual: report.manual } : {}) });
    await atomicWrite(abs, text, exists ? statSync(abs).mode & 0o777 : undefined);
    await journal.append({ step: 'file-done', file, after });
    return true;
  };
}

function gitignoreWithUnleak(root: string): string | undefined {
  const path = join(root, '.gitignore');
  const text = existsSync(path) ? readFileSync(path, 'utf8') : '';
  if (text.split(/\r?\n/).some((l) => l.trim() === IGNORE_LINE || l.trim() === '.unleak' || l.trim() === '/.unleak/')) return undefined;
  return `${text}${text === '' || text.endsWith('\n') ? '' : '\n'}# unleak's journal, backups and audit log (never commit them)\n${IGNORE_LINE}\n`;
}

/** A file's text as it is now, '' when it does not exist yet. */
function currentText(root: string, file: string): string {
  const abs = join(root, file);
  return existsSync(abs) ? readFileSync(abs, 'utf8') : '';
}

/** The new text of an extra file the rewriter asked for, or undefined when it is already as wanted. */
function extraFileText(root: string, extra: { path: string; text: string; mode: 'create' | 'append-once' }): string | undefined {
  const abs = join(root, extra.path);
  const exists = existsSync(abs);
  if (extra.mode === 'create') return exists ? undefined : extra.text;
  const current = exists ? readFileSync(abs, 'utf8') : '';
  const have = new Set(current.split(/\r?\n/));
  const missing = extra.text.split('\n').filter((l) => l !== '' && !have.has(l));
  if (missing.length === 0) return undefined;
  return `${current}${current === '' || current.endsWith('\n') ? '' : '\n'}${missing.join('\n')}\n`;
}
