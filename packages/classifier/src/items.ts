import { createHash } from 'node:crypto';
import { SENSITIVITIES, secretHash, type Detection, type SecretKind, type Sensitivity, type StoreKind } from '@unleak/core';
import { STORE_LABEL } from './defaults.js';
import type { Facts } from './facts.js';
import { isGenericRule, kindLabel, normalisedKey } from './kinds.js';
import { kebab, namingStoreOf, renderName } from './naming.js';
import type { Policy } from './policy.js';
import { canonicalEngine, historyExposure, rotationFor } from './rotation.js';
import type { Decider, ItemMember, MigrationItem, Routing } from './types.js';

/** One finding with its routing, before grouping. */
export interface Routed {
  d: Detection;
  facts: Facts;
  routing: Routing;
  project: string;
  env: string;
}

/** How a finding ended up in an item (its store and reason may differ from its own routing when grouped). */
export interface Membership {
  item: MigrationItem;
  jsonKey?: string;
  store: StoreKind;
  reason: string;
  decidedBy: Decider;
}

const DB_ANCHORS = new Set<string>(['db-password', 'db-url']);
/** Member kind → key in the JSON shape AWS database rotation functions expect. */
const DB_JSON_KEY: Record<string, string> = {
  'db-password': 'password',
  password: 'password',
  'db-username': 'username',
  username: 'username',
  hostname: 'host',
  port: 'port',
  'db-name': 'dbname',
};
/** Connection-string part name → JSON key. */
const PART_JSON_KEY: Record<string, string> = {
  engine: 'engine', scheme: 'engine', host: 'host', hostname: 'host', port: 'port', username: 'username', user: 'username',
  password: 'password', dbname: 'dbname', database: 'dbname', db: 'dbname',
};
/** The part name that stands for the detection's own value (the rule's `secret` capture) in `partKeys`. */
export const SECRET_PART = 'secret';
/** `HOST`, `USER`, `PORT` beside a database password: the map itself is the database's (Django DATABASES, a YAML block). */
const BARE_DB_KEY = /^(host|hostname|server|port|user|username|login|name|database|dbname|db_name)$/;
const DB_GROUP_RULE: Decider = {
  source: 'built-in',
  id: 'db-credentials-group',
  summary: "a database's host, port, username and name join its credentials secret (the JSON shape AWS rotation expects)",
};
const SAME_VALUE_RULE: Decider = {
  source: 'built-in',
  id: 'same-value-group',
  summary: 'one value found in several files is one store object; the most sensitive place decides where it goes',
};
/** Keys too vague to name a value on their own; the enclosing structure is prefixed. */
const VAGUE_KEYS = new Set(['password', 'pass', 'secret', 'token', 'key', 'value', 'data', 'api_key', 'apikey', 'username', 'user', 'host', 'port']);

export function buildItems(routed: Routed[], policy: Policy): { items: MigrationItem[]; membership: Membership[] } {
  const membership: Membership[] = new Array(routed.length);
  const drafts = draftItems(routed);
  const items = drafts.map((draft) => finish(draft, routed, membership));
  nameItems(items, drafts, routed, policy);
  return { items, membership };
}

/**
 * The store each finding ends up in once grouped — what `buildItems` decides, without the names, ids,
 * reasons and rotation a report of findings never shows. Undefined for a finding no item took.
 */
export function groupedStores(routed: Routed[]): Array<StoreKind | undefined> {
  const stores: Array<StoreKind | undefined> = new Array(routed.length);
  for (const draft of draftItems(routed)) for (const m of draft.members) stores[m.index] = draft.store;
  return stores;
}

/** Findings grouped into store objects: by project, environment, file and group, then same values merged. */
function draftItems(routed: Routed[]): Draft[] {
  const drafts: Draft[] = [];
  const clusters = new Map<string, number[]>();
  routed.forEach((r, i) => {
    const key = `${r.project}\0${r.env}\0${r.d.file}\0${r.d.context.groupId ?? `#${i}`}`;
    const cluster = clusters.get(key);
    if (cluster) cluster.push(i);
    else clusters.set(key, [i]);
  });
  for (const indexes of clusters.values()) drafts.push(...groupCluster(indexes, routed));
  return mergeSameValues(drafts, routed);
}

interface Draft {
  store: StoreKind;
  shape: 'value' | 'json';
  database: boolean;
  /** Index of the member whose routing gives the item its kind, reason and decider. */
  anchor: number;
  members: Array<{ index: number; jsonKey?: string; partKeys?: Record<string, string> }>;
  fixed?: Record<string, string>;
}

function groupCluster(indexes: number[], routed: Routed[]): Draft[] {
  const at = (i: number) => routed[i] as Routed;
  const drafts: Draft[] = [];
  const anchor = indexes.find((i) => DB_ANCHORS.has(at(i).routing.kind) && ['secrets-manager', 'vault'].includes(at(i).routing.store));
  let rest = indexes;
  if (anchor !== undefined) {
    // A connection string with parts is complete on its own; a password takes the database settings beside it.
    const selfContained = at(anchor).routing.kind === 'db-url' && at(anchor).d.parts !== undefined;
    const belongs = (i: number) =>
      !selfContained && DB_JSON_KEY[at(i).routing.kind] !== undefined && at(i).routing.store !== 'remove' && (at(i).facts.db || BARE_DB_KEY.test(normalisedKey(at(i).d.context.key)));
    const dbMembers = indexes.filter((i) => i === anchor || belongs(i));
    drafts.push(databaseDraft(anchor, dbMembers, routed));
    rest = indexes.filter((i) => !dbMembers.includes(i));
  }
  const removed = rest.filter((i) => at(i).routing.store === 'remove');
  if (removed.length > 0) drafts.push({ store: 'remove', shape: 'value', database: false, anchor: removed[0] as number, members: removed.map((index) => ({ index })) });
  const byStore = new Map<StoreKind, number[]>();
  for (const i of rest.filter((i) => at(i).routing.store !== 'remove')) {
    const store = at(i).routing.store;
    const list = byStore.get(store);
    if (list) list.push(i);
    else byStore.set(store, [i]);
  }
  for (const [store, members] of byStore) {
    // One SSM parameter holds one value. Secrets Manager and Vault hold a JSON map, but only values of one
    // credential share it: an AWS key pair, or one map or resource (a .env cluster can hold unrelated keys).
    if (members.length > 1 && (store === 'secrets-manager' || store === 'vault') && oneCredential(members.map(at))) {
      const keys = uniqueKeys(members.map((i) => at(i).d.context.key ?? at(i).routing.kind));
      drafts.push({ store, shape: 'json', database: false, anchor: mostSensitive(members, routed), members: members.map((index, k) => ({ index, jsonKey: keys[k] as string })) });
    } else {
      for (const index of members) drafts.push(single(index, routed));
    }
  }
  return drafts;
}

/** Kinds that make up one credential wherever they are found together: an AWS key pair, a `docker login`. */
const CREDENTIAL_FAMILIES = [
  new Set<string>(['aws-access-key', 'aws-secret-key', 'aws-session-token']),
  new Set<string>(['registry-url', 'docker-username', 'docker-password', 'registry-token']),
];

function oneCredential(members: Routed[]): boolean {
  if (CREDENTIAL_FAMILIES.some((family) => members.every((r) => family.has(r.routing.kind)))) return true;
  const scope = (r: Routed) => (r.d.context.scope ?? []).join('\0');
  const first = members[0];
  return first !== undefined && scope(first) !== '' && members.every((r) => scope(r) === scope(first));
}

function single(index: number, routed: Routed[]): Draft {
  const r = routed[index] as Routed;
  const database = DB_ANCHORS.has(r.routing.kind);
  const parts = r.d.parts;
  if (r.routing.kind === 'db-url' && parts && r.routing.store !== 'ssm-secure' && r.routing.store !== 'ssm-string' && r.routing.store !== 'remove') {
    return databaseDraft(index, [index], routed);
  }
  return { store: r.routing.store, shape: 'value', database, anchor: index, members: [{ index }] };
}

function databaseDraft(anchor: number, members: number[], routed: Routed[]): Draft {
  const a = routed[anchor] as Routed;
  const taken = new Set<string>();
  const out: Draft['members'] = [];
  for (const index of members) {
    const r = routed[index] as Routed;
    if (r.routing.kind === 'db-url' && r.d.parts) {
      const partKeys: Record<string, string> = {};
      for (const part of Object.keys(r.d.parts)) {
        const jsonKey = PART_JSON_KEY[part];
        if (jsonKey && !taken.has(jsonKey)) {
          partKeys[part] = jsonKey;
          taken.add(jsonKey);
        }
      }
      // The scanner captures a connection string's password as the detection's own value, not as a part.
      if (!taken.has('password')) {
        partKeys[SECRET_PART] = 'password';
        taken.add('password');
      }
      out.push({ index, partKeys });
      continue;
    }
    const wanted = r.routing.kind === 'db-url' ? 'url' : (DB_JSON_KEY[r.routing.kind] ?? normalisedKey(r.d.context.key));
    const jsonKey = taken.has(wanted) ? `${wanted}_${index}` : wanted;
    taken.add(jsonKey);
    out.push({ index, jsonKey });
  }
  const engineText = [a.d.parts?.engine, a.d.parts?.scheme, a.d.rule, a.d.context.key, ...(a.d.context.scope ?? [])]
    .map((v) => (typeof v === 'string' ? v : undefined))
    .find((v) => canonicalEngine(v) !== undefined);
  const engine = canonicalEngine(engineText) ?? engineByPort(members.map((i) => routed[i] as Routed));
  const fixed = engine && !taken.has('engine') ? { engine } : undefined;
  const shape = members.length === 1 && out[0]?.partKeys === undefined ? 'value' : 'json';
  return { store: a.routing.store, shape, database: true, anchor, members: out, ...(fixed && shape === 'json' ? { fixed } : {}) };
}

/** Default ports say which engine a cluster without a scheme talks to (`DB_PORT=5432` → postgres). */
const ENGINE_BY_PORT: Record<string, string> = { '5432': 'postgres', '3306': 'mysql', '1433': 'sqlserver', '1521': 'oracle', '27017': 'mongo', '5439': 'redshift' };

function engineByPort(members: Routed[]): string | undefined {
  const port = members.find((r) => r.routing.kind === 'port');
  // A port is configuration, not a secret: reading it is safe.
  return port ? ENGINE_BY_PORT[port.d.secret.reveal().trim()] : undefined;
}

/**
 * The same value found in several places (`.env` and `docker-compose.yml`, or `.env` and the code that
 * reads it) is one store object with one member per place, whatever project owns each file. The most
 * sensitive place decides the store, project and reason.
 */
function mergeSameValues(drafts: Draft[], routed: Routed[]): Draft[] {
  const hashOf = (index: number) => secretHash((routed[index] as Routed).d.secret.reveal());
  const inJson = jsonMembersByValue(drafts, hashOf);
  const out: Draft[] = [];
  const seen = new Map<string, Draft>();
  for (const draft of drafts) {
    const only = draft.members[0];
    if (draft.shape !== 'value' || draft.members.length !== 1 || !only || draft.store === 'remove') {
      out.push(draft);
      continue;
    }
    const key = hashOf(only.index);
    const json = draft.store === 'ssm-string' ? undefined : inJson.get(key);
    if (json) {
      // The password of a connection string (or of a credentials map) found again on its own, e.g. a compose `--requirepass`.
      json.draft.members.push({ index: only.index, jsonKey: json.jsonKey });
      continue;
    }
    const existing = seen.get(key);
    if (!existing) {
      seen.set(key, draft);
      out.push(draft);
      continue;
    }
    existing.members.push(only);
    const sensitivity = (i: number) => SENSITIVITIES.indexOf((routed[i] as Routed).routing.sensitivity);
    if (sensitivity(only.index) < sensitivity(existing.anchor)) {
      existing.anchor = only.index;
      existing.store = draft.store;
      existing.database = draft.database;
    }
  }
  return out;
}

/** Secret values inside JSON drafts (a connection string's own value, a map's keyed values), by value hash. */
function jsonMembersByValue(drafts: Draft[], hashOf: (index: number) => string): Map<string, { draft: Draft; jsonKey: string }> {
  const out = new Map<string, { draft: Draft; jsonKey: string }>();
  for (const draft of drafts) {
    if (draft.shape !== 'json' || draft.store === 'remove') continue;
    for (const m of draft.members) {
      const jsonKey = m.partKeys?.[SECRET_PART] ?? m.jsonKey;
      const key = jsonKey === undefined ? undefined : hashOf(m.index);
      if (jsonKey !== undefined && key !== undefined && !out.has(key)) out.set(key, { draft, jsonKey });
    }
  }
  return out;
}

function finish(draft: Draft, routed: Routed[], membership: Membership[]): MigrationItem {
  const a = routed[draft.anchor] as Routed;
  const members: ItemMember[] = draft.members.map(({ index, jsonKey, partKeys }) => {
    const d = (routed[index] as Routed).d;
    return {
      fingerprint: d.fingerprint, file: d.file, line: d.line, rule: d.rule, kind: (routed[index] as Routed).routing.kind, redacted: d.redacted,
      ...(jsonKey !== undefined && draft.shape === 'json' ? { jsonKey } : {}),
      ...(partKeys && draft.shape === 'json' ? { partKeys } : {}),
    };
  });
  const sensitivity = draft.members.map((m) => (routed[m.index] as Routed).routing.sensitivity).reduce(moreSensitive);
  const jsonKeys = new Set(draft.members.flatMap((m) => (m.partKeys ? Object.values(m.partKeys) : m.jsonKey ? [m.jsonKey] : [])));
  const committed = draft.members.map((m) => (routed[m.index] as Routed).d).filter((d) => d.commit);
  const engine = draft.fixed?.engine ?? canonicalEngine(partValue(a.d, 'engine') ?? a.d.rule);
  const kind: SecretKind = draft.database && draft.shape === 'json' ? 'db-credentials' : a.routing.kind;
  const item: MigrationItem = {
    id: `item-${createHash('sha256').update(draft.members.map((m) => `${(routed[m.index] as Routed).d.fingerprint}:${(routed[m.index] as Routed).d.file}`).sort().join('\0')).digest('hex').slice(0, 12)}`,
    store: draft.store,
    name: '',
    project: a.project,
    env: a.env,
    kind,
    sensitivity,
    reason: a.routing.reason,
    decidedBy: a.routing.decidedBy,
    shape: draft.shape,
    members,
    rotation: rotationFor({ store: draft.store, kind, database: draft.database, ...(engine ? { engine } : {}), hasLoginFields: jsonKeys.has('username') && jsonKeys.has('host'), sensitivity }),
    valueBytes: 0,
    ...(draft.fixed ? { fixed: draft.fixed } : {}),
  };
  const exposure = historyExposure(committed);
  if (exposure) item.exposure = exposure;
  for (const m of draft.members) {
    const r = routed[m.index] as Routed;
    const regrouped = r.routing.store !== draft.store;
    const sameValue = draft.shape === 'value' && m.index !== draft.anchor;
    const reason = !regrouped
      ? r.routing.reason
      : sameValue
        ? `${kindLabel(r.routing.kind)} ${r.facts.where} → ${STORE_LABEL[draft.store]}: the same value is in ${a.d.file}:${a.d.line}, stored once`
        : `${kindLabel(r.routing.kind)} ${r.facts.where} → ${STORE_LABEL[draft.store]}: kept with the database credentials it belongs to (rotation needs it)`;
    membership[m.index] = {
      item,
      ...(m.jsonKey !== undefined && draft.shape === 'json' ? { jsonKey: m.jsonKey } : {}),
      store: draft.store,
      reason,
      decidedBy: !regrouped ? r.routing.decidedBy : sameValue ? SAME_VALUE_RULE : DB_GROUP_RULE,
    };
  }
  return item;
}

function nameItems(items: MigrationItem[], drafts: Draft[], routed: Routed[], policy: Policy): void {
  const used = new Map<string, number>();
  items.forEach((item, i) => {
    const draft = drafts[i] as Draft;
    if (item.store === 'remove') return;
    const base = baseName(draft, routed);
    let name = renderName(item.store, policy.naming, { project: item.project, env: item.env, name: base, kind: item.kind });
    const family = `${namingStoreOf(item.store)}\0${name}`;
    const count = (used.get(family) ?? 0) + 1;
    used.set(family, count);
    if (count > 1) name = renderName(item.store, policy.naming, { project: item.project, env: item.env, name: `${base}-${count}`, kind: item.kind });
    item.name = name;
  });
}

function baseName(draft: Draft, routed: Routed[]): string {
  const rs = draft.members.map((m) => routed[m.index] as Routed);
  const a = routed[draft.anchor] as Routed;
  if (draft.shape === 'json' || (draft.database && a.routing.kind === 'db-url')) {
    const shared = commonPrefix(rs.map((r) => r.d.context.key).filter((k): k is string => !!k));
    const prefix = UNINFORMATIVE_PREFIXES.has(shared) ? '' : shared;
    const fromUrlKey = a.routing.kind === 'db-url' && !isStructural(a.d.context.key) ? kebab((a.d.context.key ?? '').replace(/[_.-]?(url|uri|dsn)$/i, '')) : '';
    if (prefix || fromUrlKey) return prefix || fromUrlKey;
    const label = scopeLabel(a.d.context.scope);
    if (!label) return draft.database ? 'db' : kebab(a.routing.kind);
    return draft.database && !/db|database|sql|mongo|postgres|pg/.test(label) ? `${label}-db` : label;
  }
  const named = rs.find((r) => r.d.context.key && !isStructural(r.d.context.key) && !VAGUE_KEYS.has(normalisedKey(r.d.context.key))) ?? rs.find((r) => r.d.context.key && !isStructural(r.d.context.key));
  const key = named?.d.context.key;
  if (!named || !key) return kebab(a.routing.kind);
  const label = scopeLabel(named.d.context.scope);
  const name = kebab(key);
  if (!VAGUE_KEYS.has(normalisedKey(key))) return name || kebab(a.routing.kind);
  if (label) return `${label}-${name}`;
  return (KEY_LIKE_KEYS.has(normalisedKey(key)) ? providerRuleName(named.d.rule) : undefined) ?? (name || kebab(a.routing.kind));
}

/** Vague keys that say "a key" and nothing about whose; `password` or `username` say how it is used, so they stay. */
const KEY_LIKE_KEYS = new Set(['apikey', 'api_key', 'key', 'token', 'secret']);

/**
 * A provider rule names the credential better than a vague key does (`apiKey` holding a SendGrid key →
 * `sendgrid-api-key`); generic rules say nothing more than the key.
 */
function providerRuleName(rule: string): string | undefined {
  return isGenericRule(rule) ? undefined : kebab(rule);
}

/** Keys that name a place in a file (a CI step's `run`, a compose `command`), not the value. */
const STRUCTURAL_KEYS = new Set(['run', 'script', 'command', 'cmd', 'args', 'entrypoint', 'before_script', 'after_script', 'steps', 'sh']);

function isStructural(key: string | undefined): boolean {
  return key !== undefined && STRUCTURAL_KEYS.has(normalisedKey(key));
}

/** Shared key prefixes that say nothing about what the credential is for (`MasterUsername`, `MasterUserPassword`). */
const UNINFORMATIVE_PREFIXES = new Set(['master', 'admin', 'root', 'default', 'app', 'my', 'the']);

/** `DB_HOST`, `DB_USER`, `DB_PASSWORD` → `db`. */
function commonPrefix(keys: string[]): string {
  if (keys.length < 2) return '';
  const split = keys.map((k) => kebab(k).split('-'));
  const first = split[0] ?? [];
  let n = 0;
  while (n < first.length - 1 && split.every((s) => s[n] === first[n] && n < s.length - 1)) n++;
  return first.slice(0, n).join('-');
}

/**
 * `resource "aws_db_instance" "main"` → `main`, `Secret/db-credentials` → `db-credentials`, compose
 * `services.api` → `api`, CloudFormation `Resources.ReportsDB.Properties` → `reports-db`.
 */
function scopeLabel(scope: string[] | undefined): string {
  if (!scope || scope.length === 0) return '';
  for (const s of scope) {
    const resource = /^resource\s+"[^"]+"\s+"([^"]+)"/.exec(s);
    if (resource?.[1]) return kebab(resource[1]);
    const k8s = /^[A-Za-z]+\/(.+)$/.exec(s);
    if (k8s?.[1]) return kebab(k8s[1]);
  }
  if ((scope[0] === 'services' || scope[0] === 'Resources') && scope[1]) return kebab(scope[1]);
  const named = [...scope].reverse().find((s) => !STRUCTURAL_SCOPES.has(s.toLowerCase()) && !/^\d+$/.test(s));
  return kebab(named ?? '');
}

/** Scope segments that are syntax of the file kind (a step's `with:`, a job's `variables:`), not a name. */
const STRUCTURAL_SCOPES = new Set(['with', 'env', 'environment', 'variables', 'vars', 'steps', 'jobs', 'data', 'stringdata', 'spec', 'properties', 'parameters', 'args', 'secrets', 'inputs']);

function uniqueKeys(keys: string[]): string[] {
  const seen = new Map<string, number>();
  return keys.map((k) => {
    const n = (seen.get(k) ?? 0) + 1;
    seen.set(k, n);
    return n === 1 ? k : `${k}_${n}`;
  });
}

function mostSensitive(indexes: number[], routed: Routed[]): number {
  return indexes.reduce((best, i) =>
    SENSITIVITIES.indexOf((routed[i] as Routed).routing.sensitivity) < SENSITIVITIES.indexOf((routed[best] as Routed).routing.sensitivity) ? i : best,
  );
}

function moreSensitive(x: Sensitivity, y: Sensitivity): Sensitivity {
  return SENSITIVITIES.indexOf(x) <= SENSITIVITIES.indexOf(y) ? x : y;
}

function partValue(d: Detection, part: string): string | undefined {
  const v = d.parts?.[part];
  return typeof v === 'string' ? v : undefined;
}
