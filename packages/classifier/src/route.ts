import type { StoreKind } from '@unleak/core';
import { globMatcher } from './glob.js';
import { BUILT_IN_RULES, builtInReason, sensitivityOf } from './defaults.js';
import type { Facts } from './facts.js';
import type { Policy, PolicyRule } from './policy.js';
import type { Routing } from './types.js';

type Matcher = (f: Facts) => boolean;
const compiled = new WeakMap<PolicyRule, Matcher>();

/**
 * The routing decision: the policy's `routing.rules` in file order, then the built-in rules; a
 * `routing.defaultStore` replaces the built-in store of every secret (and, for Vault, of its
 * configuration too) but never overrides `remove`.
 */
export function route(f: Facts, policy: Policy): Routing {
  const sensitivity = sensitivityOf(f);
  const base = { kind: f.kind, isConfig: f.isConfig };
  for (const rule of policy.rules) {
    if (!matcherOf(rule)(f)) continue;
    const summary = ruleSummary(rule);
    return {
      ...base,
      sensitivity: rule.setSensitivity ?? sensitivity,
      store: rule.store,
      reason: builtInReason(f, rule.store, rule.reason ?? `unleak.yaml routing.rules[${rule.index}] (${summary})`),
      decidedBy: { source: 'policy', index: rule.index, summary },
    };
  }
  const builtIn = BUILT_IN_RULES.find((r) => r.when(f));
  if (!builtIn) throw new Error('the built-in policy has no catch-all rule');
  const overridden = policy.defaultStore && appliesDefaultStore(builtIn.store, policy.defaultStore);
  if (overridden && policy.defaultStore) {
    return {
      ...base,
      sensitivity,
      store: policy.defaultStore,
      reason: builtInReason(f, policy.defaultStore, `the team's default store (routing.defaultStore)`),
      decidedBy: { source: 'default-store', store: policy.defaultStore, summary: `routing.defaultStore: ${policy.defaultStore}` },
    };
  }
  return {
    ...base,
    sensitivity,
    store: builtIn.store,
    reason: builtInReason(f, builtIn.store, builtIn.why(f)),
    decidedBy: { source: 'built-in', id: builtIn.id, summary: builtIn.summary },
  };
}

function appliesDefaultStore(builtIn: StoreKind, defaultStore: StoreKind): boolean {
  if (builtIn === 'remove') return false;
  if (builtIn === 'ssm-string') return defaultStore === 'vault';
  return true;
}

function matcherOf(rule: PolicyRule): Matcher {
  let m = compiled.get(rule);
  if (!m) {
    const tests: Matcher[] = [];
    const glob = (patterns: string[]) => globMatcher(patterns);
    if (rule.rule) { const g = glob(rule.rule); tests.push((f) => g(f.detection.rule)); }
    if (rule.kind) { const g = glob(rule.kind); tests.push((f) => g(f.kind)); }
    if (rule.path) { const g = glob(rule.path); tests.push((f) => g(f.detection.file)); }
    if (rule.fileKind) { const g = glob(rule.fileKind); tests.push((f) => g(f.detection.context.fileKind)); }
    if (rule.env) { const g = glob(rule.env); tests.push((f) => g(f.env)); }
    if (rule.sensitivity) { const wanted = rule.sensitivity; tests.push((f) => wanted.includes(sensitivityOf(f))); }
    m = (f) => tests.every((t) => t(f));
    compiled.set(rule, m);
  }
  return m;
}

export function ruleSummary(rule: PolicyRule): string {
  const parts = (['rule', 'kind', 'path', 'fileKind', 'env', 'sensitivity'] as const)
    .filter((k) => rule[k] !== undefined)
    .map((k) => `${k}: ${(rule[k] ?? []).join('|')}`);
  return `${parts.join(', ')} → ${rule.store}`;
}

