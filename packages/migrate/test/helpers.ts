import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { materializeExample, type MaterializedExample } from '@unleak/demo';
import { startSandbox, type Sandbox } from '@unleak/sandbox';
import { createStores, FileAuditLog, type Stores } from '@unleak/stores';

export interface World {
  base: string;
  example: MaterializedExample;
  sandbox: Sandbox;
  stores: Stores;
  close(): Promise<void>;
}

/** A fresh copy of the bundled example repo and a sandbox with stores pointed at it. */
export async function world(options: { git?: boolean; faults?: string } = {}): Promise<World> {
  const base = mkdtempSync(join(tmpdir(), 'unleak-migrate-'));
  const example = await materializeExample(join(base, 'repo'), { git: options.git ?? false });
  const sandbox = await startSandbox({ port: 0, ...(options.faults ? { faults: options.faults } : {}) });
  const stores = storesFor(sandbox, example.root);
  return {
    base,
    example,
    sandbox,
    stores,
    async close() {
      stores.close();
      await sandbox.close();
      await rm(base, { recursive: true, force: true });
    },
  };
}

export function storesFor(sandbox: Sandbox, root: string): Stores {
  return createStores({ retry: { baseDelayMs: 5, maxDelayMs: 50 } }, sandbox.env, new FileAuditLog(join(root, '.unleak/audit.log')), { sleep: async () => {} });
}

/** Every file under dir (relative paths → content), skipping .git and .unleak. */
export function snapshot(dir: string, skip: string[] = ['.git', '.unleak', 'unleak-report.md']): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const abs = join(d, name);
      const rel = relative(dir, abs).split('\\').join('/');
      if (skip.includes(rel)) continue;
      if (statSync(abs).isDirectory()) walk(abs);
      else out.set(rel, readFileSync(abs));
    }
  };
  walk(dir);
  return out;
}

/** All text under dir (recursively), for the no-value invariant. */
export function allText(dir: string, skip: string[] = []): string {
  return [...snapshot(dir, ['.git', ...skip]).values()].map((b) => b.toString('utf8')).join('\n');
}

/** Reads what a store holds, with the real SDK clients and node-vault (not through @unleak/stores). */
export async function storeReader(sandbox: Sandbox) {
  const { SSMClient, GetParameterCommand } = await import('@aws-sdk/client-ssm');
  const { SecretsManagerClient, GetSecretValueCommand } = await import('@aws-sdk/client-secrets-manager');
  const vaultFactory = (await import('node-vault')).default;
  const aws = { endpoint: sandbox.url, region: sandbox.region, credentials: sandbox.credentials };
  const ssm = new SSMClient(aws);
  const sm = new SecretsManagerClient(aws);
  const vault = vaultFactory({ endpoint: sandbox.url, token: sandbox.vaultToken, noCustomHTTPVerbs: true });
  return {
    async read(store: string, name: string, mount = 'secret'): Promise<string | undefined> {
      try {
        if (store === 'ssm-string' || store === 'ssm-secure') return (await ssm.send(new GetParameterCommand({ Name: name, WithDecryption: true }))).Parameter?.Value;
        if (store === 'secrets-manager') return (await sm.send(new GetSecretValueCommand({ SecretId: name }))).SecretString;
        if (store === 'vault') return JSON.stringify((await vault.read(`${mount}/data/${name}`)).data.data);
      } catch {
        return undefined;
      }
      return undefined;
    },
    close() {
      ssm.destroy();
      sm.destroy();
    },
  };
}

/** Whether a stored value holds `value`: equal, one of its JSON fields, or inside a stored URL. */
export function holds(stored: string | undefined, value: string): boolean {
  if (stored === undefined) return false;
  if (stored === value) return true;
  try {
    const parsed = JSON.parse(stored) as unknown;
    if (parsed && typeof parsed === 'object') return Object.values(parsed).some((v) => v === value || (typeof v === 'string' && v.includes(value)));
  } catch {
    // not JSON
  }
  return stored.includes(value);
}
