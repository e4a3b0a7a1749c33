import { GetParameterCommand, PutParameterCommand, SSMClient } from '@aws-sdk/client-ssm';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { serveSandbox } from '../src/commands/sandbox.js';
import { main } from '../src/main.js';
import { fakeIo } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'unleak-cli-sandbox-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function parseExports(out: string): Record<string, string> {
  return Object.fromEntries([...out.matchAll(/^export ([A-Z_]+)=(\S+)$/gm)].map((m) => [m[1] ?? '', m[2] ?? '']));
}

async function waitFor(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
}

describe('unleak sandbox', () => {
  it('prints the exports on stdout, serves real clients with them, and exits 0 when stopped', async () => {
    const io = fakeIo(dir);
    let stop!: () => void;
    const stopped = new Promise<void>((resolve) => (stop = resolve));
    const exit = serveSandbox(['--port', '0', '--state', join(dir, 'state.json')], io, stopped);
    await waitFor(() => io.out.includes('VAULT_TOKEN'));

    const env = parseExports(io.out);
    expect(Object.keys(env)).toEqual(['AWS_ENDPOINT_URL', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_REGION', 'VAULT_ADDR', 'VAULT_TOKEN', 'AWS_DEFAULT_REGION']);
    expect(env.AWS_ENDPOINT_URL).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(io.err).toContain('unleak sandbox listening on');
    expect(io.err).toContain(join(dir, 'state.json'));

    const ssm = new SSMClient({ endpoint: env.AWS_ENDPOINT_URL, region: env.AWS_REGION, maxAttempts: 1, credentials: { accessKeyId: env.AWS_ACCESS_KEY_ID ?? '', secretAccessKey: env.AWS_SECRET_ACCESS_KEY ?? '' } });
    await ssm.send(new PutParameterCommand({ Name: '/cli/p', Value: 'v', Type: 'String' }));
    expect((await ssm.send(new GetParameterCommand({ Name: '/cli/p' }))).Parameter?.Value).toBe('v');
    const vault = await fetch(`${env.VAULT_ADDR}/v1/sys/mounts`, { headers: { 'X-Vault-Token': env.VAULT_TOKEN ?? '' } });
    expect(vault.status).toBe(200);
    ssm.destroy();

    stop();
    expect(await exit).toBe(0);
    expect(io.err).toContain('unleak sandbox stopped.');
    await expect(fetch(`${env.AWS_ENDPOINT_URL}/`)).rejects.toThrow();
  });

  it('stops on SIGTERM through the registered command', async () => {
    const io = fakeIo(dir);
    const listenersBefore = process.listenerCount('SIGTERM');
    const exit = main(['sandbox', '--port', '0'], io);
    await waitFor(() => io.out.includes('VAULT_TOKEN'));
    process.emit('SIGTERM', 'SIGTERM');
    expect(await exit).toBe(0);
    expect(process.listenerCount('SIGTERM')).toBe(listenersBefore);
  });

  it.each([
    [['--port', 'abc'], "--port 'abc' is not a port number"],
    [['--faults', 'throttle=5'], "--faults: throttle '5' must be a probability between 0 and 1"],
    [['--region', 'Mars'], "--region 'Mars' is not an AWS region name"],
    [['--bogus'], "Unknown option '--bogus'"],
  ])('rejects %j with one line and exit 2', async (args, message) => {
    const io = fakeIo(dir);
    expect(await main(['sandbox', ...args], io)).toBe(2);
    expect(io.err).toContain(message);
    expect(io.err.trim().split('\n')).toHaveLength(1);
    expect(io.out).toBe('');
  });

  it('reports a busy port clearly', async () => {
    const first = fakeIo(dir);
    let stop!: () => void;
    const exit = serveSandbox(['--port', '0'], first, new Promise<void>((resolve) => (stop = resolve)));
    await waitFor(() => first.out.includes('VAULT_TOKEN'));
    const port = /127\.0\.0\.1:(\d+)/.exec(first.out)?.[1] ?? '';
    const second = fakeIo(dir);
    expect(await main(['sandbox', '--port', port], second)).toBe(2);
    expect(second.err).toContain(`port ${port} on 127.0.0.1 is already in use`);
    stop();
    expect(await exit).toBe(0);
  });

  it('prints usage for --help', async () => {
    const io = fakeIo(dir);
    expect(await main(['sandbox', '--help'], io)).toBe(0);
    expect(io.out).toContain('usage: unleak sandbox');
  });
});
