import { describe, expect, it } from 'vitest';
import { classifyAll } from '../src/index.js';
import { det } from './helpers.js';

describe('scale', () => {
  it('classifies 5,000 findings quickly (seconds even on a loaded machine) and stays linear on hostile keys', () => {
    const ds = Array.from({ length: 5000 }, (_, i) =>
      det({ rule: i % 2 ? 'generic-password' : 'generic-api-key', kind: 'password', file: `svc${i % 50}/.env`, fileKind: 'dotenv', key: `KEY_${i}_PASSWORD`, groupId: `g${i % 700}`, line: i + 1 }),
    );
    const hostile = 'db_'.repeat(30_000) + 'x'.repeat(30_000);
    ds.push(det({ rule: 'generic-password', kind: 'password', file: 'x/.env', fileKind: 'dotenv', key: hostile, scope: ['_'.repeat(50_000)] }));
    const started = performance.now();
    const { findings, items } = classifyAll(ds, {});
    const ms = performance.now() - started;
    expect(findings).toHaveLength(ds.length);
    expect(items.reduce((n, i) => n + i.members.length, 0)).toBe(ds.length);
    console.log(`classified ${ds.length} findings in ${ms.toFixed(0)} ms`);
    expect(ms).toBeLessThan(4000);
  });
});
