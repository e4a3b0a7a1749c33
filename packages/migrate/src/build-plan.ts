import { randomBytes } from 'node:crypto';
import { PLAN_VERSION, secretHash, type Detection, type Plan, type PlanExposure, type PlanItem, type PlanMember, type StoreKind } from '@unleak/core';
import { estimateCost, historyExposureLookup, readPolicies, type Classification, type Exposure, type MigrationItem, type Policy } from '@unleak/classifier';
import { isSpringConfig } from '@unleak/rewrite';
import { EnvNames, envNameFor, namingKey, preferredEnvNames } from './env-name.js';

/** What a person (the plan file or the interactive session) decided for one item. */
export interface PlanDecision {
  store?: StoreKind;
  name?: string;
  skip?: boolean;
}

export interface BuildPlanInput {
  /** Working-tree detections, as the classification was made from. */
  detections: Detection[];
  classification: Classification;
  /** The scanned root as the plan should record it (relative to the plan file, or absolute). */
  root: string;
  /** By item id; overrides the classifier's store/name and marks items skipped. */
  decisions?: Record<string, PlanDecision>;
  /** Detections from a `--history` scan: their values are exposed in git and must be rotated. */
  history?: Detection[];
  policy?: Policy;
  readsPerMonth?: number;
  id?: string;
  now?: Date;
}

export const DEFAULT_READS_PER_MONTH = 100_000;

/**
 * File kinds whose rewriter replaces only the secret's characters inside a connection string
 * (`postgres://app:${DB_PASSWORD:?missing}@db/app`) instead of the whole literal.
 */
const IN_PLACE_FILE_KINDS = new Set(['docker-compose', 'properties', 'github-actions', 'gitlab-ci', 'yaml']);

/**
 * For a connection-string member rewritten in place, the JSON key of the part its variable carries (the
 * password): it shares that part's variable, because naming it after the URL's key (`DATABASE_URL`) would
 * splice a variable called DATABASE_URL into the middle of the URL.
 */
function interpolatedPart(m: MigrationItem['members'][number], d: Detection): string | undefined {
  if (!m.partKeys || !IN_PLACE_FILE_KINDS.has(d.context.fileKind)) return undefined;
  return m.partKeys['secret'] ?? 'password';
}

/** The classifier's exposure as the plan records it (its note is the one wording every surface shows). */
function planExposure(e: Exposure): PlanExposure {
  return { commit: e.commit, ...(e.since ? { since: e.since } : {}), ...(e.inHead !== undefined ? { inHead: e.inHead } : {}), note: e.note };
}

export function newPlanId(now = new Date()): string {
  return `plan-${now.toISOString().slice(0, 10).replace(/-/g, '')}-${randomBytes(4).toString('hex')}`;
}

/** Detections, classification and decisions → a value-free Plan. Pure apart from the random plan id. */
export function buildPlan(input: BuildPlanInput): Plan {
  const now = input.now ?? new Date();
  const vaultMount = input.policy?.stores.vault.mount ?? 'secret';
  const byMember = new Map<string, Detection[]>();
  for (const d of input.detections) {
    const key = memberKey(d);
    byMember.set(key, [...(byMember.get(key) ?? []), d]);
  }
  const exposedBy = new Map<string, Detection>();
  for (const h of input.history ?? []) {
    const hash = secretHash(h.secret.reveal());
    if (!exposedBy.has(hash)) exposedBy.set(hash, h);
  }
  const treeHashes = new Set(input.detections.map((d) => secretHash(d.secret.reveal())));
  const exposureIn = historyExposureLookup(input.history ?? []);
  const envNames = new EnvNames();
  const decided = input.classification.items.map((item) => decide(item, input.decisions?.[item.id]));
  const items: PlanItem[] = decided.map(({ item, skip }) => {
    const found = item.members.map((m) => {
      const d = byMember.get(memberKey(m))?.shift();
      if (!d) throw new Error(`item ${item.id}: no detection for ${m.file}:${m.line}; pass the detections the classification was built from`);
      const jsonKey = item.shape === 'json' ? m.jsonKey : undefined;
      const part = interpolatedPart(m, d);
      if (part) return { m, d, jsonKey, nameOwner: part, votes: false, wanted: envNameFor({ itemName: item.name, jsonKey: part, kind: String(m.kind) }) };
      return { m, d, jsonKey, nameOwner: jsonKey, votes: true, wanted: envNameFor({ key: namingKey(d.context.key, d.context.scope, isSpringConfig(m.file)), itemName: item.name, jsonKey, kind: String(m.kind) }) };
    });
    const wantedFor = preferredEnvNames(found.filter((f) => f.votes).map((f) => ({ owner: f.nameOwner ?? '', wanted: f.wanted, fileKind: f.d.context.fileKind })));
    const members = found.map(({ m, d, jsonKey, nameOwner, wanted }): PlanMember => {
      const hash = secretHash(d.secret.reveal());
      return {
        fingerprint: d.fingerprint,
        secretHash: hash,
        rule: d.rule,
        file: d.file,
        line: d.line,
        column: d.column,
        endLine: d.endLine,
        endColumn: d.endColumn,
        fileKind: d.context.fileKind,
        kind: m.kind,
        redacted: d.redacted,
        ...(jsonKey !== undefined ? { jsonKey } : {}),
        ...(m.partKeys ? { partKeys: m.partKeys } : {}),
        // a removed credential is read by nothing, so it must not take a name a stored one needs
        envName: item.store === 'remove' ? wanted : envNames.claim(item.id, nameOwner, wantedFor.get(nameOwner ?? '') ?? wanted),
        ...(d.context.key !== undefined ? { key: d.context.key } : {}),
        ...(d.context.scope?.length ? { scope: d.context.scope } : {}),
      };
    });
    const exposed = item.exposure ?? exposureIn(found.map((f) => f.d));
    const exposure = exposed ? planExposure(exposed) : undefined;
    return {
      id: item.id,
      store: item.store,
      name: item.name,
      skip,
      kind: item.kind,
      sensitivity: item.sensitivity,
      reason: item.reason,
      project: item.project,
      env: item.env,
      shape: item.shape,
      ...(item.fixed ? { fixed: item.fixed } : {}),
      reference: referenceFor(item.store, item.name, vaultMount),
      rotation: { needed: item.rotation.needed, ...(item.rotation.template ? { template: item.rotation.template } : {}), note: item.rotation.note },
      ...(exposure ? { exposure } : {}),
      members,
    };
  });
  const active = decided.filter((d) => !d.skip).map((d) => d.item);
  const cost = estimateCost(active, { readsPerMonth: input.readsPerMonth ?? DEFAULT_READS_PER_MONTH });
  const historyOnly = [...exposedBy.entries()]
    .filter(([hash]) => !treeHashes.has(hash))
    .map(([, h]) => ({ fingerprint: h.fingerprint, rule: h.rule, file: h.file, line: h.line, commit: h.commit ?? 'unknown', redacted: h.redacted }));
  return {
    version: PLAN_VERSION,
    id: input.id ?? newPlanId(now),
    createdAt: now.toISOString(),
    root: input.root,
    vaultMount,
    items,
    historyOnly,
    cost: { readsPerMonth: cost.readsPerMonth, totalUsd: cost.totalUsd, byStore: cost.byStore.map((l) => ({ store: l.store, count: l.count, monthlyUsd: l.monthlyUsd, note: l.note })) },
    policies: readPolicies(active, input.policy ? { stores: input.policy.stores } : {}).map((p) => ({
      project: p.project,
      ...(p.iam ? { iam: JSON.stringify(p.iam, null, 2) } : {}),
      ...(p.vaultHcl ? { vaultHcl: p.vaultHcl } : {}),
    })),
  };
}

/** The string code and templates use to reach a stored value (what `SecretStore.reference` returns). */
export function referenceFor(store: StoreKind, name: string, vaultMount: string): string {
  if (store === 'remove') return '';
  if (store === 'vault') return `${vaultMount}/data/${name}`;
  return name;
}

function decide(item: MigrationItem, decision: PlanDecision | undefined): { item: MigrationItem; skip: boolean } {
  if (!decision) return { item, skip: false };
  return {
    item: { ...item, ...(decision.store ? { store: decision.store } : {}), ...(decision.name !== undefined ? { name: decision.name } : {}) },
    skip: decision.skip ?? false,
  };
}

function memberKey(m: { fingerprint: string; file: string; line: number }): string {
  return `${m.fingerprint}\0${m.file}\0${m.line}`;
}
