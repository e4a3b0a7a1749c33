import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { classifyAll, discoverProjects, estimateCost, historyExposureLookup, type Classification, type MigrationItem, type Policy } from '@unleak/classifier';
import { InterruptedError, type Detection, type Finding, type Plan, type StoreKind } from '@unleak/core';
import { applyPlan, buildPlan, storeSettingsFromPolicy, type ApplyEvent, type ApplyResult, type PlanDecision } from '@unleak/migrate';
import { baselineOf, DEFAULT_BASELINE_FILE, readBaseline, scan, writeBaseline, type Baseline, type ScanConfig } from '@unleak/scanner';
import { createStores, FileAuditLog, MemoryAuditLog } from '@unleak/stores';
import { loadConfig } from '../config-file.js';
import type { Io } from '../io.js';
import { READS_PER_MONTH } from './cost.js';
import type { Decision } from './model.js';
import { buildRows, type MaskSpan } from './rows.js';
import { maskDiff, type RewritePreview } from './rewrite-preview.js';
import { readSession, writeSession } from './session-file.js';
import type { ApplyProgress, ApplyRun, ApplySummary, SessionServices } from './services.js';
import { lineDiffStat } from './diff-stat.js';

export interface LiveServicesOptions {
  /** The repository to scan (absolute). */
  root: string;
  io: Io;
  /** Environment the stores read (AWS_*, VAULT_*); default io.env. The demo passes its sandbox's. */
  storesEnv?: NodeJS.ProcessEnv;
  /** `--config FILE`. */
  configPath?: string;
  /** Top-bar label for where writes go; default derived from the environment. */
  target?: string;
  /** Also read git history, to flag values that must be rotated even after migration. */
  history?: boolean;
}

/** The real services: the scanner, the classifier and @unleak/migrate's plan/apply engine on a real repository. */
export function createLiveServices(options: LiveServicesOptions): SessionServices {
  const root = resolve(options.root);
  const env = options.storesEnv ?? options.io.env;
  let loaded: { detections: Detection[]; history: Detection[]; suppressed: MaskSpan[]; classification: Classification; policy?: Policy; scanConfig?: ScanConfig; baseline?: Baseline } | undefined;
  let baselineTouched = false;

  return {
    root,
    target: options.target ?? describeTarget(env),
    targetFor: (stores) => describeWrites(stores, env, loaded?.policy),

    async scan(onProgress, signal) {
      const { scan: scanConfig, policy } = await loadConfig(root, options.configPath, options.io, false);
      const baselineFile = join(root, DEFAULT_BASELINE_FILE);
      const baseline = existsSync(baselineFile) ? await readBaseline(baselineFile) : undefined;
      const result = await scan({ root, ...(scanConfig ? { config: scanConfig } : {}), ...(baseline ? { baseline } : {}), onProgress, signal });
      let history: Detection[] = [];
      if (options.history) {
        onProgress({ files: result.stats.files, bytes: result.stats.bytes, findings: result.detections.length, stage: 'history' });
        history = await historyDetections(root, scanConfig, signal);
      }
      const classification = classifyAll(result.detections, { ...(policy ? { policy } : {}), projects: discoverProjects(root) });
      loaded = { detections: result.detections, history, suppressed: result.suppressed, classification, ...(policy ? { policy } : {}), ...(scanConfig ? { scanConfig } : {}), ...(baseline ? { baseline } : {}) };
      const texts = new Map<string, string>();
      for (const file of new Set(result.detections.map((d) => d.file))) {
        try {
          texts.set(file, await readFile(join(root, file), 'utf8'));
        } catch {
          // a file that vanished since the scan simply shows no context
        }
      }
      const exposureIn = historyExposureLookup(history);
      const exposure = (d: Detection) => exposureIn([d])?.note;
      return { rows: buildRows(result.detections, classification, texts, result.suppressed, exposure), items: classification.items, stats: result.stats, resumed: await readSession(root) };
    },

    async save(decisions) {
      await writeSession(root, decisions);
      if (!loaded) return;
      const ignored = notSecretFindings(loaded.detections, loaded.classification, decisions);
      if (ignored.length === 0 && !baselineTouched) return;
      baselineTouched = true;
      const kept = loaded.baseline?.entries ?? [];
      const added = baselineOf(ignored).entries;
      const entries = [...kept, ...added.filter((a) => !kept.some((k) => k.fingerprint === a.fingerprint && k.file === a.file))];
      await writeBaseline(join(root, DEFAULT_BASELINE_FILE), { version: 1, entries: baselineOf(entries.map(asFinding)).entries });
    },

    async previewRewrite(itemId, target) {
      if (!loaded) throw new Error('preview before the scan finished');
      return previewOf(loaded, root, env, itemId, target);
    },

    async startApply(decisions) {
      if (!loaded) throw new Error('apply before the scan finished');
      const plan = buildPlan({
        detections: loaded.detections,
        classification: loaded.classification,
        root,
        decisions: planDecisions(loaded.classification.items, decisions),
        history: loaded.history,
        ...(loaded.policy ? { policy: loaded.policy } : {}),
        readsPerMonth: READS_PER_MONTH,
      });
      return liveApplyRun(plan, root, env, loaded.classification.items, loaded.policy, loaded.scanConfig);
    },
  };
}

/**
 * A dry run of @unleak/migrate's apply for one item (the engine's own rewrite and diff, so the preview is what
 * apply will do), re-masked for the file's other secrets.
 */
async function previewOf(
  loaded: { detections: Detection[]; history: Detection[]; suppressed: MaskSpan[]; classification: Classification; policy?: Policy; scanConfig?: ScanConfig },
  root: string,
  env: NodeJS.ProcessEnv,
  itemId: string,
  target: { store: StoreKind; name: string },
): Promise<RewritePreview> {
  const plan = buildPlan({
    detections: loaded.detections,
    classification: loaded.classification,
    root,
    decisions: planDecisions(loaded.classification.items, { [itemId]: { action: 'migrate', ...target } }),
    history: loaded.history,
    ...(loaded.policy ? { policy: loaded.policy } : {}),
    readsPerMonth: READS_PER_MONTH,
  });
  // A dry run never calls a store: these exist only to satisfy the engine's signature (no client connects).
  const stores = createStores(storeSettingsFromPolicy(loaded.policy), env, new MemoryAuditLog());
  try {
    const result = await applyPlan(plan, { root, stores, ...(loaded.scanConfig ? { scanConfig: loaded.scanConfig } : {}) }, { dryRun: true, only: [itemId] });
    const diff: string[] = [];
    for (const f of result.files) {
      if (!f.diff) continue;
      const before = await readFile(join(root, f.file), 'utf8').catch(() => '');
      diff.push(...maskDiff(f.diff, before, loaded.detections.filter((d) => d.file === f.file), loaded.suppressed.filter((s) => s.file === f.file)));
    }
    const skipped = result.items.filter((i) => i.status === 'skipped').map((i) => i.message ?? 'skipped');
    return { diff, manual: [...skipped, ...result.manual.map((m) => `${m.file}:${m.line}: ${m.reason}`)] };
  } finally {
    stores.close();
  }
}

/** Values in git history (any commit): they must be rotated even after migration. Not a git repository → none. */
async function historyDetections(root: string, config: ScanConfig | undefined, signal: AbortSignal): Promise<Detection[]> {
  try {
    return (await scan({ root, history: {}, ...(config ? { config } : {}), signal })).detections;
  } catch (e) {
    if (e instanceof InterruptedError || signal.aborted) throw e;
    return [];
  }
}

/** Session decisions → the engine's per-item decisions: anything not accepted is skipped. */
export function planDecisions(items: readonly MigrationItem[], decisions: Readonly<Record<string, Decision>>): Record<string, PlanDecision> {
  const out: Record<string, PlanDecision> = {};
  for (const item of items) {
    const d = decisions[item.id];
    out[item.id] = d?.action === 'migrate' ? { store: d.store, name: d.name, skip: false } : { skip: true };
  }
  return out;
}

function notSecretFindings(detections: Detection[], classification: Classification, decisions: Readonly<Record<string, Decision>>): Finding[] {
  return detections.filter((_, i) => decisions[classification.findings[i]?.group ?? '']?.action === 'not-secret');
}

function asFinding(e: { fingerprint: string; rule: string; file: string; redacted: string }): Finding {
  return { ...e, line: 1, column: 1, endLine: 1, endColumn: 1, kind: 'secret', sensitivity: 'low', store: 'ssm-secure' };
}

function describeTarget(env: NodeJS.ProcessEnv): string {
  const endpoint = env.AWS_ENDPOINT_URL;
  if (endpoint) return `endpoint ${endpoint}`;
  const aws = env.AWS_PROFILE ? `AWS profile ${env.AWS_PROFILE}` : env.AWS_REGION ? `AWS ${env.AWS_REGION}` : 'AWS default chain';
  return `LIVE ${aws}${env.VAULT_ADDR ? ` · Vault ${env.VAULT_ADDR}` : ''}`;
}

/** Before any write, say exactly where it goes, and what is missing. */
export function describeWrites(stores: readonly StoreKind[], env: NodeJS.ProcessEnv, policy: Policy | undefined): string {
  const settings = storeSettingsFromPolicy(policy);
  const parts: string[] = [];
  if (stores.some((s) => s !== 'vault' && s !== 'remove')) {
    const endpoint = env.AWS_ENDPOINT_URL_SSM ?? env.AWS_ENDPOINT_URL_SECRETS_MANAGER ?? env.AWS_ENDPOINT_URL;
    const region = settings.aws?.region ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION;
    parts.push(`AWS profile ${env.AWS_PROFILE ?? '(default chain)'}, region ${region ?? '(unset: export AWS_REGION)'}${endpoint ? `, endpoint ${endpoint}` : ''}`);
  }
  if (stores.includes('vault')) {
    const address = settings.vault?.address ?? env.VAULT_ADDR;
    parts.push(`Vault ${address ?? '(unset: export VAULT_ADDR)'}${env.VAULT_NAMESPACE ? ` namespace ${env.VAULT_NAMESPACE}` : ''}, mount ${settings.vault?.mount ?? 'secret'}`);
  }
  return parts.join('; ') || 'no store (only removals)';
}

/**
 * @unleak/migrate's applyPlan over the accepted items: it writes and verifies each item (journaled), then
 * rewrites each file once with all its targets. A retry runs it again for the failed ids (`only`).
 */
async function liveApplyRun(plan: Plan, root: string, env: NodeJS.ProcessEnv, items: readonly MigrationItem[], policy: Policy | undefined, scanConfig: ScanConfig | undefined): Promise<ApplyRun> {
  const stores = createStores(storeSettingsFromPolicy(policy), env, new FileAuditLog(join(root, '.unleak', 'audit.log')));
  const active = plan.items.filter((i) => !i.skip);
  const files = [...new Set(active.flatMap((i) => i.members.map((m) => m.file)))];
  const before = new Map<string, string>();
  for (const f of files) before.set(f, await readFile(join(root, f), 'utf8').catch(() => ''));
  const touched = new Set<string>();
  const done = new Set<string>();
  let reportPath: string | undefined;
  let policyFiles: string[] = [];
  const notes: string[] = [];

  return {
    items: active.map((i) => i.id),
    filesOf: Object.fromEntries(active.map((i) => [i.id, [...new Set(i.members.map((m) => m.file))]])),
    async execute(only, onProgress, signal) {
      let result: ApplyResult;
      try {
        result = await applyPlan(plan, { root, stores, ...(scanConfig ? { scanConfig } : {}) }, {
          ...(only ? { only } : {}),
          signal,
          onProgress: (event) => {
            const p = progressOf(event);
            if (p) onProgress(p);
          },
        });
      } catch (e) {
        if (e instanceof InterruptedError) return { interrupted: true };
        throw e;
      }
      for (const i of result.items) if (i.status !== 'failed' && i.status !== 'skipped') done.add(i.id);
      for (const f of result.files) touched.add(f.file);
      if (result.reportPath) reportPath = result.reportPath;
      if (result.policyFiles.length) policyFiles = result.policyFiles;
      const manual = result.manual.map((m) => `${m.file}:${m.line}: left for you: ${m.reason}`);
      for (const n of [...result.problems, ...manual, ...result.notes]) if (!notes.includes(n)) notes.push(n);
      return { interrupted: false };
    },
    async finish(): Promise<ApplySummary> {
      stores.close();
      const doneItems = active.filter((i) => done.has(i.id));
      const changed: ApplySummary['files'] = [];
      for (const f of [...touched].sort()) {
        const after = await readFile(join(root, f), 'utf8').catch(() => '');
        changed.push({ path: f, ...lineDiffStat(before.get(f) ?? '', after) });
      }
      const cost = estimateCost(items.filter((i) => done.has(i.id)).map((i) => ({ ...i, ...storeOf(plan, i.id) })), { readsPerMonth: READS_PER_MONTH });
      return {
        moved: doneItems.filter((i) => i.store !== 'remove').map((i) => ({ store: i.store, name: i.name, members: i.members.length })),
        removed: doneItems.filter((i) => i.store === 'remove').length,
        files: changed,
        monthlyUsd: cost.totalUsd,
        policies: policyFiles,
        rotate: doneItems.filter((i) => i.store === 'remove' || i.exposure || i.rotation.needed).map((i) => i.name || `${i.members[0]?.file}:${i.members[0]?.line}`),
        ...(reportPath ? { reportPath } : {}),
        notes: notes.slice(0, 5),
      };
    },
  };
}

/** The engine's events → the apply screen's. */
function progressOf(event: ApplyEvent): ApplyProgress | undefined {
  if (event.type === 'item') {
    if (event.phase === 'write' || event.phase === 'verify') return { type: 'item', itemId: event.item, step: event.phase };
    if (event.phase === 'stored' || event.phase === 'already') return { type: 'stored', itemId: event.item, outcome: event.outcome ?? event.phase };
    return { type: 'failed', itemId: event.item, error: event.message ?? event.phase };
  }
  if (event.type === 'file') return { type: 'file', file: event.file, phase: event.phase === 'rewrite' ? 'rewrite' : 'done' };
  return undefined;
}

function storeOf(plan: Plan, id: string): { store: MigrationItem['store']; name: string } {
  const item = plan.items.find((i) => i.id === id);
  return { store: item?.store ?? 'remove', name: item?.name ?? '' };
}

