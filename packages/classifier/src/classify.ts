import type { Detection } from '@unleak/core';
import { globMatcher } from './glob.js';
import { DEFAULT_ENV, envFromPath, isNonProduction } from './environment.js';
import { factsOf } from './facts.js';
import { looksLikeDatabase } from './kinds.js';
import { buildItems, groupedStores, type Routed } from './items.js';
import { defaultPolicy, type Policy } from './policy.js';
import { fallbackProject, projectLookup, topFolder } from './project.js';
import { detectionIndex, renderWith } from './render.js';
import { route } from './route.js';
import type { Classified, ClassifyOptions, MigrationItem } from './types.js';

export interface Classification {
  /** One per detection, in input order. */
  findings: Classified[];
  /** What the migration engine writes: one per store object (grouped and de-duplicated). */
  items: MigrationItem[];
}

/** Routes, names and groups detections. Pure: no file system, no network; projects come in through options. */
export function classifyAll(detections: Detection[], options: ClassifyOptions = {}): Classification {
  const policy = options.policy ?? defaultPolicy();
  const routed = routeAll(detections, policy, options);
  const { items, membership } = buildItems(routed, policy);
  const index = detectionIndex(detections);
  for (const item of items) item.valueBytes = Buffer.byteLength(renderWith(item, index).reveal(), 'utf8');
  const findings = routed.map((r, i): Classified => {
    const m = membership[i];
    if (!m) throw new Error(`finding ${r.d.file}:${r.d.line} was not placed in an item`);
    return {
      ...r.routing,
      store: m.store,
      reason: m.reason,
      decidedBy: m.decidedBy,
      fingerprint: r.d.fingerprint,
      file: r.d.file,
      line: r.d.line,
      rule: r.d.rule,
      project: r.project,
      env: r.env,
      group: m.item.id,
      name: m.item.name,
      ...(m.jsonKey !== undefined ? { jsonKey: m.jsonKey } : {}),
      rotation: m.item.rotation,
      ...(m.item.exposure ? { exposure: m.item.exposure } : {}),
    };
  });
  return { findings, items };
}

/** Per-finding view of classifyAll. */
export function classify(detections: Detection[], options: ClassifyOptions = {}): Classified[] {
  return classifyAll(detections, options).findings;
}

function routeAll(detections: Detection[], policy: Policy, options: ClassifyOptions): Routed[] {
  const lookupProject = projectResolver(policy, options);
  const lookupEnv = envResolver(policy);
  const dbGroups = databaseGroups(detections);
  return detections.map((d) => {
    const env = lookupEnv(d.file);
    const facts = factsOf(d, env, isNonProduction(env), dbGroups.has(groupKey(d)));
    return { d, facts, routing: route(facts, policy), project: lookupProject(d.file), env };
  });
}

function groupKey(d: Detection): string {
  return `${d.file}\0${d.context.groupId ?? ''}`;
}

/** Groups whose keys describe a database connection (host + port or name). */
function databaseGroups(detections: Detection[]): Set<string> {
  const keys = new Map<string, Array<string | undefined>>();
  for (const d of detections) {
    if (d.context.groupId === undefined) continue;
    const list = keys.get(groupKey(d));
    if (list) list.push(d.context.key);
    else keys.set(groupKey(d), [d.context.key]);
  }
  return new Set([...keys].filter(([, ks]) => looksLikeDatabase(ks)).map(([k]) => k));
}

function projectResolver(policy: Policy, options: ClassifyOptions): (file: string) => string {
  const byGlob = policy.projects.map((p) => ({ test: globMatcher(p.path), name: p.name }));
  const discovered = typeof options.projects === 'function' ? options.projects : projectLookup(options.projects ?? []);
  const repository = typeof options.projects === 'function' ? undefined : fallbackProject(options.projects ?? []);
  return (file) => byGlob.find((p) => p.test(file))?.name ?? discovered(file) ?? options.defaultProject ?? topFolder(file) ?? repository ?? 'app';
}

function envResolver(policy: Policy): (file: string) => string {
  const byGlob = policy.environments.map((e) => ({ test: globMatcher(e.paths), env: e.env }));
  return (file) => byGlob.find((e) => e.test(file))?.env ?? envFromPath(file) ?? DEFAULT_ENV;
}

/**
 * The detections with the classifier's kind, sensitivity and store in place of the rule's first guess:
 * what `scan` reports. Order and everything else are unchanged. The same decision as `classifyAll`
 * without naming the store objects, which a scan report never shows.
 */
export function withClassification<T extends Detection>(detections: T[], options: ClassifyOptions = {}): T[] {
  const routed = routeAll(detections, options.policy ?? defaultPolicy(), options);
  const stores = groupedStores(routed);
  return detections.map((d, i) => {
    const { routing } = routed[i] as Routed;
    const store = stores[i];
    if (store === undefined) throw new Error(`finding ${d.file}:${d.line} was not placed in an item`);
    return { ...d, kind: routing.kind, sensitivity: routing.sensitivity, store };
  });
}
