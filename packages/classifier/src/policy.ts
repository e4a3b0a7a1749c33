import { SENSITIVITIES, STORE_KINDS, type Sensitivity, type StoreKind } from '@unleak/core';
import { didYouMean } from './did-you-mean.js';
import { globError } from './glob.js';
import { DEFAULT_NAMING, NAMING_STORES, templateProblems, type NamingTemplates } from './naming.js';

/**
 * `unleak.yaml`, as the classifier reads it. Top-level sections (README.md has the full layout):
 * `scan:` (the scanner's, tolerated here), `routing:`, `naming:`, `stores:`, `projects:`, `environments:`.
 */
export interface Policy {
  /** `routing.defaultStore`: where every secret goes when no rule says otherwise (e.g. `vault`). */
  defaultStore?: StoreKind;
  rules: PolicyRule[];
  naming: NamingTemplates;
  stores: StoreSettings;
  /** Path glob → project name, first match wins; before the discovered projects. */
  projects: Array<{ path: string; name: string }>;
  /** Environment → path globs; before the names found in paths. */
  environments: Array<{ env: string; paths: string[] }>;
}

/** `routing.rules[i]`: matchers (all given must match; each may be a list, any of which matches) → store. */
export interface PolicyRule {
  /** 0-based position in `routing.rules`, shown by `unleak config explain`. */
  index: number;
  rule?: string[];
  kind?: string[];
  path?: string[];
  sensitivity?: Sensitivity[];
  fileKind?: string[];
  env?: string[];
  store: StoreKind;
  /** Replaces the computed sensitivity. */
  setSensitivity?: Sensitivity;
  reason?: string;
}

export interface StoreSettings {
  ssm: { region?: string; kmsKeyId?: string; tags: Record<string, string> };
  'secrets-manager': { region?: string; kmsKeyId?: string; tags: Record<string, string> };
  vault: { address?: string; mount: string; namespace?: string; tags: Record<string, string> };
}

export const TOP_LEVEL_KEYS = ['version', 'scan', 'routing', 'naming', 'stores', 'projects', 'environments'] as const;
const ROUTING_KEYS = ['defaultStore', 'rules'] as const;
const MATCHER_KEYS = ['rule', 'kind', 'path', 'sensitivity', 'fileKind', 'env'] as const;
const RULE_KEYS = [...MATCHER_KEYS, 'store', 'setSensitivity', 'reason'] as const;
const STORE_SETTING_KEYS = {
  ssm: ['region', 'kmsKeyId', 'tags'],
  'secrets-manager': ['region', 'kmsKeyId', 'tags'],
  vault: ['address', 'mount', 'namespace', 'tags'],
} as const;

export function defaultPolicy(): Policy {
  return {
    rules: [],
    naming: { ...DEFAULT_NAMING },
    stores: { ssm: { tags: {} }, 'secrets-manager': { tags: {} }, vault: { mount: 'secret', tags: {} } },
    projects: [],
    environments: [],
  };
}

/**
 * Validates a parsed unleak.yaml document and collects every problem (with its path in the file) instead
 * of stopping at the first. `policy` holds whatever was valid, so callers decide whether problems are fatal
 * (the CLI throws ConfigError with all of them).
 */
export function parsePolicy(doc: unknown, knownRules?: ReadonlySet<string>): { policy: Policy; problems: string[] } {
  const policy = defaultPolicy();
  const problems: string[] = [];
  if (doc === undefined || doc === null) return { policy, problems };
  if (!isMap(doc)) return { policy, problems: [`the file must be a map of sections (${TOP_LEVEL_KEYS.join(', ')}), got ${typeName(doc)}`] };
  unknownKeys(doc, TOP_LEVEL_KEYS, '', problems);

  const routing = section(doc, 'routing', problems);
  if (routing) {
    unknownKeys(routing, ROUTING_KEYS, 'routing.', problems);
    if (routing.defaultStore !== undefined) policy.defaultStore = storeName(routing.defaultStore, 'routing.defaultStore', problems);
    if (routing.rules !== undefined) {
      if (!Array.isArray(routing.rules)) problems.push(`routing.rules: expected a list of rules, got ${typeName(routing.rules)}`);
      else routing.rules.forEach((raw, index) => {
        const rule = parseRule(raw, index, problems, knownRules);
        if (rule) policy.rules.push(rule);
      });
    }
  }

  const naming = section(doc, 'naming', problems);
  if (naming) {
    unknownKeys(naming, NAMING_STORES, 'naming.', problems);
    for (const store of NAMING_STORES) {
      const template = naming[store];
      if (template === undefined) continue;
      if (typeof template !== 'string') problems.push(`naming.${store}: expected a template string like '${DEFAULT_NAMING[store]}', got ${typeName(template)}`);
      else {
        const found = templateProblems(template, `naming.${store}`);
        problems.push(...found);
        if (found.length === 0) policy.naming[store] = template;
      }
    }
  }

  const stores = section(doc, 'stores', problems);
  if (stores) {
    unknownKeys(stores, Object.keys(STORE_SETTING_KEYS), 'stores.', problems);
    for (const store of Object.keys(STORE_SETTING_KEYS) as Array<keyof typeof STORE_SETTING_KEYS>) {
      const settings = section(stores, store, problems, 'stores.');
      if (!settings) continue;
      unknownKeys(settings, STORE_SETTING_KEYS[store], `stores.${store}.`, problems);
      const target = policy.stores[store] as Record<string, unknown>;
      for (const key of STORE_SETTING_KEYS[store]) {
        const value = settings[key];
        if (value === undefined) continue;
        if (key === 'tags') target.tags = tags(value, `stores.${store}.tags`, problems);
        else if (typeof value !== 'string' || value.trim() === '') problems.push(`stores.${store}.${key}: expected a non-empty string, got ${typeName(value)}`);
        else target[key] = value;
      }
    }
    const kms = [policy.stores.ssm.kmsKeyId, policy.stores['secrets-manager'].kmsKeyId];
    kms.forEach((id, i) => {
      if (id !== undefined && !/^[a-zA-Z0-9:/_-]{1,256}$/.test(id)) {
        problems.push(`stores.${i === 0 ? 'ssm' : 'secrets-manager'}.kmsKeyId: '${id}' is not a key id, key ARN, alias or alias ARN`);
      }
    });
  }

  const projects = section(doc, 'projects', problems);
  if (projects) {
    for (const [path, name] of Object.entries(projects)) {
      if (globProblem(path, `projects['${path}']`, problems) || typeof name !== 'string' || name === '') {
        if (typeof name !== 'string' || name === '') problems.push(`projects['${path}']: expected a project name, got ${typeName(name)}`);
        continue;
      }
      policy.projects.push({ path, name });
    }
  }

  const environments = section(doc, 'environments', problems);
  if (environments) {
    for (const [env, raw] of Object.entries(environments)) {
      const paths = stringList(raw, `environments.${env}`, problems);
      if (paths && paths.every((p) => !globProblem(p, `environments.${env}`, problems))) policy.environments.push({ env, paths });
    }
  }
  return { policy, problems };
}

function parseRule(raw: unknown, index: number, problems: string[], knownRules: ReadonlySet<string> | undefined): PolicyRule | undefined {
  const where = `routing.rules[${index}]`;
  if (!isMap(raw)) {
    problems.push(`${where}: expected a map like {kind: db-password, store: vault}, got ${typeName(raw)}`);
    return undefined;
  }
  const before = problems.length;
  unknownKeys(raw, RULE_KEYS, `${where}.`, problems);
  const rule: Partial<PolicyRule> & { index: number } = { index };
  for (const key of MATCHER_KEYS) {
    if (raw[key] === undefined) continue;
    const values = stringList(raw[key], `${where}.${key}`, problems);
    if (!values) continue;
    if (key === 'sensitivity') {
      values.forEach((v) => {
        if (!(SENSITIVITIES as readonly string[]).includes(v)) problems.push(`${where}.sensitivity: unknown sensitivity '${v}'${didYouMean(v, SENSITIVITIES)}; use ${SENSITIVITIES.join(', ')}`);
      });
      rule.sensitivity = values as Sensitivity[];
    } else {
      values.forEach((glob) => globProblem(glob, `${where}.${key}`, problems));
      if (key === 'rule' && knownRules) {
        // A misspelt rule id would silently never match.
        for (const id of values.filter((v) => !/[*?[{(!]/.test(v) && !knownRules.has(v))) {
          problems.push(`${where}.rule: no scanner rule '${id}'${didYouMean(id, [...knownRules])}; use an id that 'unleak scan' reports, or a glob like 'generic-*'`);
        }
      }
      rule[key] = values;
    }
  }
  if (!MATCHER_KEYS.some((k) => raw[k] !== undefined)) problems.push(`${where}: no matcher; give at least one of ${MATCHER_KEYS.join(', ')}`);
  if (raw.store === undefined) problems.push(`${where}: missing 'store'; use one of ${STORE_KINDS.join(', ')}`);
  else rule.store = storeName(raw.store, `${where}.store`, problems);
  if (raw.setSensitivity !== undefined) {
    const s = raw.setSensitivity;
    if (typeof s === 'string' && (SENSITIVITIES as readonly string[]).includes(s)) rule.setSensitivity = s as Sensitivity;
    else problems.push(`${where}.setSensitivity: unknown sensitivity '${String(s)}'${typeof s === 'string' ? didYouMean(s, SENSITIVITIES) : ''}; use ${SENSITIVITIES.join(', ')}`);
  }
  if (raw.reason !== undefined) {
    if (typeof raw.reason === 'string') rule.reason = raw.reason;
    else problems.push(`${where}.reason: expected a sentence, got ${typeName(raw.reason)}`);
  }
  return problems.length === before && rule.store ? (rule as PolicyRule) : undefined;
}

function storeName(value: unknown, where: string, problems: string[]): StoreKind | undefined {
  if (typeof value === 'string' && (STORE_KINDS as readonly string[]).includes(value)) return value as StoreKind;
  const shown = typeof value === 'string' ? `'${value}'${didYouMean(value, STORE_KINDS)}` : typeName(value);
  problems.push(`${where}: unknown store ${shown}; use one of ${STORE_KINDS.join(', ')}`);
  return undefined;
}

/** Reports a bad glob and returns true; returns false when the glob compiles. */
function globProblem(glob: string, where: string, problems: string[]): boolean {
  const why = globError(glob);
  if (why) problems.push(`${where}: bad glob '${glob}': ${why}; escape literal brackets with '\\'`);
  return why !== undefined;
}

function unknownKeys(map: Record<string, unknown>, known: readonly string[], prefix: string, problems: string[]): void {
  for (const key of Object.keys(map)) {
    if (!known.includes(key)) problems.push(`${prefix}${key}: unknown key${didYouMean(key, known)}; allowed: ${known.join(', ')}`);
  }
}

function section(map: Record<string, unknown>, key: string, problems: string[], prefix = ''): Record<string, unknown> | undefined {
  const value = map[key];
  if (value === undefined || value === null) return undefined;
  if (isMap(value)) return value;
  problems.push(`${prefix}${key}: expected a map, got ${typeName(value)}`);
  return undefined;
}

function stringList(value: unknown, where: string, problems: string[]): string[] | undefined {
  const list = Array.isArray(value) ? value : [value];
  if (list.length > 0 && list.every((v) => typeof v === 'string' && v !== '')) return list as string[];
  problems.push(`${where}: expected a string or a list of strings, got ${typeName(value)}`);
  return undefined;
}

function tags(value: unknown, where: string, problems: string[]): Record<string, string> {
  if (!isMap(value)) {
    problems.push(`${where}: expected a map of tag name → value, got ${typeName(value)}`);
    return {};
  }
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(value)) {
    if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') {
      problems.push(`${where}.${k}: expected a string value, got ${typeName(v)}`);
      continue;
    }
    if (k.length > 128 || String(v).length > 256) problems.push(`${where}.${k}: tag keys are at most 128 characters and values 256`);
    else out[k] = String(v);
  }
  return out;
}

function isMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map';
  return `${typeof value} ${JSON.stringify(value)}`;
}
