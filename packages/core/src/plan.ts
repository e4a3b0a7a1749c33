import { SENSITIVITIES, STORE_KINDS, type FileKind, type SecretKind, type Sensitivity, type StoreKind } from './types.js';

/**
 * The migration plan (`unleak migrate --plan-out plan.yaml`, version 1): what `apply` will write where.
 * A person may edit `store`, `name` and `skip` of an item; everything else is evidence. It never holds a
 * secret value: members carry the value's `secretHash`, and apply re-reads the value from the source.
 */
export const PLAN_VERSION = 1;

export interface PlanMember {
  fingerprint: string;
  /** `secretHash()` of the value as found; apply refuses the item if the source now holds another value. */
  secretHash: string;
  rule: string;
  /** Relative to the plan's root, forward slashes. */
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fileKind: FileKind;
  kind: SecretKind;
  redacted: string;
  /** Key of this value inside a JSON item. */
  jsonKey?: string;
  /** Connection string: which of its parts go into the JSON (part → key). */
  partKeys?: Record<string, string>;
  /** The environment variable the rewritten code reads. */
  envName: string;
  /** The assignment key and enclosing structure as the scanner saw them (informational, passed to rewriters). */
  key?: string;
  scope?: string[];
}

export interface PlanRotation {
  needed: boolean;
  template?: string;
  note: string;
}

export interface PlanExposure {
  commit: string;
  since?: string;
  /** The value is still in HEAD (true) or only in history (false); absent when unknown (plans made before it). */
  inHead?: boolean;
  note: string;
}

export interface PlanItem {
  id: string;
  /** Editable: where the value goes (`remove` = delete it from the source, store nothing). */
  store: StoreKind;
  /** Editable: parameter name, secret name or Vault path inside the mount; empty for `remove`. */
  name: string;
  /** Editable: leave this item in the source. */
  skip: boolean;
  kind: SecretKind;
  sensitivity: Sensitivity;
  reason: string;
  project: string;
  env: string;
  shape: 'value' | 'json';
  /** Constant, non-secret JSON fields, e.g. `{engine: postgres}`. */
  fixed?: Record<string, string>;
  /** What code and templates will reference (as the store would print it). */
  reference: string;
  rotation: PlanRotation;
  /** Set with `--history`: the value is in git history, so it must be rotated even after migration. */
  exposure?: PlanExposure;
  members: PlanMember[];
}

/** A secret found only in git history (its file is gone): nothing to migrate, but it must be rotated. */
export interface PlanHistoryOnly {
  fingerprint: string;
  rule: string;
  file: string;
  line: number;
  commit: string;
  redacted: string;
}

export interface PlanCost {
  readsPerMonth: number;
  totalUsd: number;
  byStore: Array<{ store: StoreKind; count: number; monthlyUsd: number; note: string }>;
}

export interface PlanPolicy {
  project: string;
  /** IAM policy JSON (as text), absent when the project has no AWS items. */
  iam?: string;
  vaultHcl?: string;
}

export interface Plan {
  version: typeof PLAN_VERSION;
  id: string;
  createdAt: string;
  /** The scanned repository, relative to the plan file's folder (absolute paths are accepted too). */
  root: string;
  vaultMount: string;
  items: PlanItem[];
  historyOnly: PlanHistoryOnly[];
  cost: PlanCost;
  policies: PlanPolicy[];
}

const ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,80}$/;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Checks a parsed plan document and collects every problem (with its place) instead of stopping at the
 * first. `plan` is set only when there are no problems.
 */
export function validatePlan(doc: unknown): { plan?: Plan; problems: string[] } {
  const problems: string[] = [];
  if (!isMap(doc)) return { problems: [`a plan is a map with version, id, root and items; got ${typeName(doc)}`] };
  if (doc.version !== PLAN_VERSION) problems.push(`version: expected ${PLAN_VERSION}, got ${JSON.stringify(doc.version) ?? 'nothing'}; regenerate the plan with 'unleak migrate'`);
  if (typeof doc.id !== 'string' || !ID.test(doc.id)) problems.push(`id: expected a plan id such as plan-1a2b3c4d, got ${JSON.stringify(doc.id) ?? 'nothing'}`);
  if (typeof doc.root !== 'string' || doc.root === '') problems.push("root: expected the scanned folder relative to the plan file, e.g. '.'");
  if (doc.vaultMount !== undefined && (typeof doc.vaultMount !== 'string' || !/^[A-Za-z0-9_-][A-Za-z0-9_/-]*$/.test(doc.vaultMount))) problems.push('vaultMount: expected a KV v2 mount name such as secret');
  if (!Array.isArray(doc.items)) problems.push('items: expected a list of items');
  const items = Array.isArray(doc.items) ? doc.items : [];
  const ids = new Set<string>();
  const names = new Map<string, string>();
  items.forEach((raw: unknown, i: number) => {
    const at = `items[${i}]`;
    if (!isMap(raw)) return void problems.push(`${at}: expected a map`);
    const id = typeof raw.id === 'string' ? raw.id : undefined;
    const where = id ? `${at} (${id})` : at;
    if (!id || !ID.test(id)) problems.push(`${at}.id: expected an item id such as item-1a2b3c`);
    else if (ids.has(id)) problems.push(`${where}.id: duplicate item id; each item needs its own id`);
    else ids.add(id);
    const store = raw.store;
    if (typeof store !== 'string' || !(STORE_KINDS as readonly string[]).includes(store)) problems.push(`${where}.store: '${String(store)}' is not a store; use one of ${STORE_KINDS.join(', ')}`);
    if (typeof raw.name !== 'string') problems.push(`${where}.name: expected a string`);
    else if (store !== 'remove' && raw.name.trim() === '') problems.push(`${where}.name: empty; give the ${String(store)} name to write to`);
    else if (store !== 'remove' && /\s/.test(raw.name)) problems.push(`${where}.name: '${raw.name}' contains whitespace; store names allow letters, digits and _.-/`);
    else if (store !== 'remove' && raw.skip !== true) {
      const key = `${storeFamily(String(store))}:${raw.name}`;
      const other = names.get(key);
      if (other) problems.push(`${where}.name: '${raw.name}' is also used by ${other}; give each item its own name`);
      else names.set(key, id ?? at);
    }
    if (typeof raw.skip !== 'boolean') problems.push(`${where}.skip: expected true or false`);
    if (typeof raw.sensitivity !== 'string' || !(SENSITIVITIES as readonly string[]).includes(raw.sensitivity)) problems.push(`${where}.sensitivity: expected one of ${SENSITIVITIES.join(', ')}`);
    if (raw.shape !== 'value' && raw.shape !== 'json') problems.push(`${where}.shape: expected value or json`);
    if (typeof raw.kind !== 'string') problems.push(`${where}.kind: expected a string`);
    if (!Array.isArray(raw.members) || raw.members.length === 0) return void problems.push(`${where}.members: expected at least one member`);
    raw.members.forEach((m: unknown, j: number) => memberProblems(m, `${where}.members[${j}]`, problems));
    if ('value' in raw || raw.members.some((m: unknown) => isMap(m) && 'value' in m)) problems.push(`${where}: a plan must not hold secret values; remove the 'value' field`);
  });
  if (problems.length > 0) return { problems };
  const plan = doc as unknown as Plan;
  return {
    plan: {
      ...plan,
      vaultMount: plan.vaultMount ?? 'secret',
      historyOnly: plan.historyOnly ?? [],
      policies: plan.policies ?? [],
      cost: plan.cost ?? { readsPerMonth: 0, totalUsd: 0, byStore: [] },
    },
    problems,
  };
}

function memberProblems(m: unknown, at: string, problems: string[]): void {
  if (!isMap(m)) return void problems.push(`${at}: expected a map`);
  for (const key of ['fingerprint', 'secretHash', 'rule', 'file', 'fileKind'] as const) {
    if (typeof m[key] !== 'string' || m[key] === '') problems.push(`${at}.${key}: expected a non-empty string`);
  }
  for (const key of ['line', 'column', 'endLine', 'endColumn'] as const) {
    if (!Number.isInteger(m[key]) || (m[key] as number) < 1) problems.push(`${at}.${key}: expected a positive whole number`);
  }
  if (typeof m.secretHash === 'string' && !/^[0-9a-f]{32}$/.test(m.secretHash)) problems.push(`${at}.secretHash: expected 32 hex digits (secretHash of the value)`);
  if (typeof m.file === 'string' && (m.file.startsWith('/') || m.file.split('/').includes('..'))) problems.push(`${at}.file: '${m.file}' must be relative to the plan root and stay inside it`);
  if (typeof m.envName !== 'string' || !ENV_NAME.test(m.envName)) problems.push(`${at}.envName: '${String(m.envName)}' is not an environment variable name; use letters, digits and _`);
}

/** SSM String and SecureString share one namespace of parameter names. */
function storeFamily(store: string): string {
  return store.startsWith('ssm-') ? 'ssm' : store;
}

function isMap(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function typeName(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'a list' : typeof v;
}
