import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..', 'src');
const HEAVY = /^import(?!\s+type\b)[^;]*from\s+'(@aws-sdk\/[^']+|node-vault)'/m;

describe('importing @unleak/stores is cheap', () => {
  it('no source file imports the AWS SDK or node-vault eagerly (only `import type` and `await import()`)', () => {
    const files = readdirSync(SRC).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(10);
    const eager = files.filter((f) => HEAVY.test(readFileSync(join(SRC, f), 'utf8')));
    expect(eager).toEqual([]);
    const dynamic = files.filter((f) => /await import\('(@aws-sdk\/client-(ssm|secrets-manager|sts)|node-vault)'\)/.test(readFileSync(join(SRC, f), 'utf8')));
    expect(dynamic.sort()).toEqual(['aws-context.ts', 'vault-store.ts']);
  });
});
