import type { MigrationItem } from '@unleak/classifier';
import type { Decision, ReviewRow } from '../../src/tui/model.js';
import type { ApplyRun, ApplyStep, SessionServices } from '../../src/tui/services.js';

export interface FakeServices extends SessionServices {
  saved: Array<Record<string, Decision>>;
  applied: string[];
  /** Item ids whose first applyItem call fails. */
  failOnce: Set<string>;
  /** `itemId store name` of each rewrite preview asked for. */
  previewed: string[];
  /** Resolves the scan; until then it is "running". */
  release: () => void;
}

export function itemsOf(rows: ReviewRow[]): MigrationItem[] {
  const ids = [...new Set(rows.map((r) => r.itemId))];
  return ids.map((id) => {
    const r = rows.find((x) => x.itemId === id) as ReviewRow;
    return {
      id, store: r.proposal.store, name: r.proposal.name, project: r.project, env: 'prod', kind: r.kind, sensitivity: r.sensitivity, reason: r.reason,
      decidedBy: { source: 'built-in', id: 'x', summary: '' }, shape: 'value', members: [], rotation: { needed: false, note: '' }, valueBytes: 10,
    };
  });
}

export function fakeServices(rows: ReviewRow[], options: { resumed?: Record<string, Decision>; holdScan?: boolean; slowItemMs?: number } = {}): FakeServices {
  let release = () => {};
  const gate = options.holdScan ? new Promise<void>((r) => (release = r)) : Promise.resolve();
  const services: FakeServices = {
    target: 'sandbox http://127.0.0.1:1',
    targetFor: (stores) => `sandbox http://127.0.0.1:1 (${[...new Set(stores)].join(', ')})`,
    root: '/repo',
    saved: [],
    applied: [],
    previewed: [],
    failOnce: new Set(),
    release: () => release(),
    async scan(onProgress, signal) {
      onProgress({ files: 3, bytes: 2048, findings: rows.length });
      await gate;
      if (signal.aborted) throw new Error('scan interrupted');
      return { rows, items: itemsOf(rows), stats: { files: 3, bytes: 2048, ms: 5 }, resumed: options.resumed ?? {} };
    },
    async save(decisions) {
      services.saved.push({ ...decisions });
    },
    async previewRewrite(itemId, target) {
      services.previewed.push(`${itemId} ${target.store} ${target.name}`);
      const row = rows.find((r) => r.itemId === itemId) as ReviewRow;
      const reference = target.store === 'remove' ? 'process.env.SECRET' : `\${${target.store}:${target.name}}`;
      return {
        diff: [`--- a/${row.file}`, `+++ b/${row.file}`, `@@ -${row.line},1 +${row.line},1 @@`, `-KEY=${row.redacted}`, `+KEY=${reference}`],
        manual: [],
      };
    },
    async startApply(decisions): Promise<ApplyRun> {
      const items = Object.entries(decisions).filter(([, d]) => d.action === 'migrate').map(([id]) => id);
      const done: string[] = [];
      const filesOf = Object.fromEntries(items.map((id) => [id, [...new Set(rows.filter((r) => r.itemId === id).map((r) => r.file))]]));
      return {
        items,
        filesOf,
        async execute(only, onProgress, signal) {
          // like the engine: every item to its store first, then each file once
          for (const itemId of only ?? items) {
            if (signal.aborted) return { interrupted: true };
            for (const step of ['write', 'verify'] as ApplyStep[]) {
              onProgress({ type: 'item', itemId, step });
              if (options.slowItemMs) await new Promise((r) => setTimeout(r, options.slowItemMs));
            }
            if (services.failOnce.delete(itemId)) {
              onProgress({ type: 'failed', itemId, error: `store refused ${itemId}: throttled; retry later` });
              continue;
            }
            services.applied.push(itemId);
            done.push(itemId);
            onProgress({ type: 'stored', itemId, outcome: 'created' });
          }
          for (const file of [...new Set((only ?? items).flatMap((id) => filesOf[id] ?? []))]) {
            onProgress({ type: 'file', file, phase: 'rewrite' });
            onProgress({ type: 'file', file, phase: 'done' });
          }
          return { interrupted: false };
        },
        async finish(stopped) {
          return {
            moved: done.flatMap((id) => {
              const d = decisions[id];
              return d?.action === 'migrate' && d.store !== 'remove' ? [{ store: d.store, name: d.name, members: 1 }] : [];
            }),
            removed: 0,
            files: [{ path: 'apps/shop/.env', added: 1, removed: 1 }],
            monthlyUsd: 0.4,
            policies: ['.unleak/policies/shop.iam.json'],
            rotate: stopped ? [] : ['infra/main.tf:5'],
            reportPath: 'unleak-report.md',
            notes: [],
          };
        },
      };
    },
  };
  return services;
}
