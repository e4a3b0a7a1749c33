import type { Assignment, Candidate, Fragment } from '../types.js';
import { ansiblePassword } from './ansible.js';
import { genericApiKey } from './api-key.js';
import { cliPasswordFlag, dockerLoginPassword, dockerLoginUsername, registryUrl } from './cli.js';
import { cloudformationNoEchoDefault } from './cloudformation.js';
import { dbHost, dbName, dbPort, dbUsername } from './db-config.js';
import { k8sSecretData } from './kubernetes.js';
import { genericNamedKey } from './named-key.js';
import { hasStopWord, normalizeKey } from './normalize.js';
import { genericPassword } from './password.js';
import type { GenericRule } from './rule.js';
import { genericSecret } from './secret.js';
import { terraformProviderCredential } from './terraform.js';
import { genericToken } from './token.js';
import { isPlaceholder } from './placeholder.js';
import { rejectReason } from './value-filters.js';
import { groupsKeepingConfig } from './config-gate.js';

export type { GenericRule, GenericSample } from './rule.js';
export { isPlaceholder } from './placeholder.js';
export { normalizeKey } from './normalize.js';
export { rejectReason } from './value-filters.js';

/**
 * Most specific first: an assignment is judged by the first rule whose key, scope and file kind fit it.
 * Declared secrets (Kubernetes Secret data, NoEcho defaults) and command lines come before the key-name
 * rules; config members come last and are kept only beside a secret of their group.
 */
export const GENERIC_RULES: GenericRule[] = [
  dockerLoginPassword,
  dockerLoginUsername,
  registryUrl,
  cliPasswordFlag,
  k8sSecretData,
  cloudformationNoEchoDefault,
  terraformProviderCredential,
  ansiblePassword,
  genericApiKey,
  genericToken,
  genericSecret,
  genericPassword,
  genericNamedKey,
  dbUsername,
  dbHost,
  dbPort,
  dbName,
];

/** Parts a secret carries from its group, for the classifier and the migration plan. */
const PART_KEYS: [string, RegExp][] = [
  ['username', dbUsername.key],
  ['host', dbHost.key],
  ['port', dbPort.key],
  ['dbname', dbName.key],
  ['engine', /(?:^|_)(?:engine|driver|dialect|adapter)$/],
  ['registry', /^registry$/],
];

interface Judged {
  assignment: Assignment;
  rule: GenericRule;
  secret: string;
}

/**
 * Generic candidates from extracted assignments: credentials by key name, scope and value, plus the
 * config members (user name, host, port, database, registry) of any group that holds one.
 */
export function genericCandidates(fragment: Fragment, assignments: Assignment[]): Candidate[] {
  const judged: Judged[] = [];
  for (const assignment of assignments) {
    const rule = ruleAt(fragment, assignment);
    if (!rule) continue;
    const secret = assignment.decoded ?? assignment.value;
    if (rejectReason(secret, assignment.key, rule, fragment.fileKind) === undefined) judged.push({ assignment, rule, secret });
  }
  const groupsWithSecrets = new Set(judged.filter((j) => j.rule.role === 'secret').map((j) => groupOf(j.assignment)));
  const parts = partsByGroup(assignments, groupsWithSecrets);
  const groupsWithConfig = groupsKeepingConfig(
    judged.map((j) => ({ group: groupOf(j.assignment), role: j.rule.role, kind: j.rule.kind, key: j.assignment.key, value: j.secret })),
  );
  const out: Candidate[] = [];
  for (const j of judged) {
    const group = groupOf(j.assignment);
    if (j.rule.role === 'config' && !groupsWithConfig.has(group)) continue;
    out.push(toCandidate(fragment, j, j.rule.role === 'secret' ? parts.get(group) : undefined));
  }
  return out;
}

/**
 * The parts (user name, host, port, database, engine, registry) of each group that holds a secret: the
 * first non-placeholder value of each, computed once per group so cost stays linear in the assignments.
 */
function partsByGroup(assignments: Assignment[], groups: Set<string>): Map<string, Record<string, string>> {
  const byGroup = new Map<string, Record<string, string>>();
  for (const a of assignments) {
    const group = groupOf(a);
    if (!groups.has(group)) continue;
    const key = normalizeKey(a.key);
    const part = PART_KEYS.find(([, pattern]) => pattern.test(key));
    if (!part) continue;
    const value = a.decoded ?? a.value;
    const parts = byGroup.get(group) ?? {};
    if (parts[part[0]] === undefined && !isPlaceholder(value)) parts[part[0]] = value;
    byGroup.set(group, parts);
  }
  return byGroup;
}

/**
 * Which rule judges an assignment depends only on the file kind, the scope and the key, and those repeat
 * across a repository (`password`, `DB_HOST`…): the rules a file kind and key can meet are worked out once
 * per process, leaving one scope test per scoped rule among them.
 */
const rulesByKindAndKey = new Map<string, Map<string, KeyedRules>>();
let rememberedKeys = 0;
const MAX_REMEMBERED_KEYS = 20_000;

/**
 * For one file kind and key, in rule order: the scoped rules whose key fits (each with its verdict, taken
 * when its scope fits), then the verdict of the first unscoped rule whose key fits.
 */
interface KeyedRules {
  scoped: { scope: RegExp; verdict: GenericRule | undefined }[];
  otherwise: GenericRule | undefined;
}

function ruleAt(fragment: Fragment, assignment: Assignment): GenericRule | undefined {
  // A map per file kind, so the lookup needs no key string built per assignment.
  let byKey = rulesByKindAndKey.get(fragment.fileKind);
  if (byKey === undefined) rulesByKindAndKey.set(fragment.fileKind, (byKey = new Map()));
  let keyed = byKey.get(assignment.key);
  if (keyed === undefined) {
    keyed = keyedRules(fragment, normalizeKey(assignment.key));
    if (rememberedKeys >= MAX_REMEMBERED_KEYS) {
      rulesByKindAndKey.clear();
      rulesByKindAndKey.set(fragment.fileKind, (byKey = new Map()));
      rememberedKeys = 0;
    }
    byKey.set(assignment.key, keyed);
    rememberedKeys++;
  }
  if (keyed.scoped.length === 0) return keyed.otherwise;
  const scope = assignment.scope.join(' > ');
  for (const { scope: fits, verdict } of keyed.scoped) if (fits.test(scope)) return verdict;
  return keyed.otherwise;
}

function keyedRules(fragment: Fragment, key: string): KeyedRules {
  const scoped: KeyedRules['scoped'] = [];
  for (const rule of GENERIC_RULES) {
    if (rule.fileKinds && !rule.fileKinds.includes(fragment.fileKind)) continue;
    const keyMatch = rule.key.exec(key);
    if (!keyMatch) continue;
    if (!rule.scope) return { scoped, otherwise: decide(rule, key, keyMatch) };
    scoped.push({ scope: rule.scope, verdict: decide(rule, key, keyMatch) });
  }
  return { scoped, otherwise: undefined };
}

/** A rule whose key fits judges the assignment, unless the key names metadata about a credential. */
function decide(rule: GenericRule, key: string, keyMatch: RegExpExecArray): GenericRule | undefined {
  if (rule.stopKey?.test(key)) return undefined;
  if (!rule.scope && hasStopWord(key, keyMatch.index, keyMatch.index + keyMatch[0].length)) return undefined;
  return rule;
}

function toCandidate(fragment: Fragment, { assignment, rule, secret }: Judged, parts: Record<string, string> | undefined): Candidate {
  const where = `${normalizeKey(assignment.scope.join(' '))} ${normalizeKey(assignment.key)}`.trim();
  const refined = rule.refine?.find((r) => r.when.test(where));
  const candidate: Candidate = {
    ruleId: rule.id,
    secret,
    start: assignment.start,
    end: assignment.end,
    kind: refined?.kind ?? rule.kind,
    sensitivity: refined?.sensitivity ?? rule.sensitivity,
    store: refined?.store ?? rule.store,
    context: {
      fileKind: fragment.fileKind,
      key: assignment.key,
      scope: assignment.scope,
      isTest: fragment.isTest,
      ...(assignment.groupId !== undefined ? { groupId: assignment.groupId } : {}),
    },
  };
  if (parts && Object.keys(parts).length > 0) candidate.parts = parts;
  return candidate;
}

function groupOf(a: Assignment): string {
  return a.groupId ?? `@${a.start}`;
}
