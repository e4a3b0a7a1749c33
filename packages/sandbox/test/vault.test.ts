import { fake } from '@unleak/core';
import { connect } from 'node:net';
import vault from 'node-vault';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../src/index.js';
import { rejection, vaultClient } from './clients.js';

let sandbox: Sandbox;
let client: ReturnType<typeof vaultClient>;

beforeAll(async () => {
  sandbox = await startSandbox();
  client = vaultClient(sandbox);
});
afterAll(() => sandbox.close());

describe('Vault KV v2 data', () => {
  it('writes with cas=0, reads back with metadata, and rejects a second create-only write', async () => {
    const password = fake.password(20, 'vault-db');
    const written = await client.write('secret/data/app/db', { data: { password }, options: { cas: 0 } });
    expect(written.data).toMatchObject({ version: 1, destroyed: false, deletion_time: '' });
    expect(written.data.created_time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}Z$/);

    const read = await client.read('secret/data/app/db');
    expect(read.data.data).toEqual({ password });
    expect(read.data.metadata).toMatchObject({ version: 1, custom_metadata: null });
    expect(read.mount_type).toBe('kv');

    const conflict = await rejection(() => client.write('secret/data/app/db', { data: { password: 'other' }, options: { cas: 0 } }));
    expect(conflict.response?.statusCode).toBe(400);
    expect(conflict.message).toBe('check-and-set parameter did not match the current version');
  });

  it('updates with the current version as cas, and serves ?version=', async () => {
    const second = await client.write('secret/data/app/db', { data: { password: 'second' }, options: { cas: 1 } });
    expect(second.data.version).toBe(2);
    expect((await rejection(() => client.write('secret/data/app/db', { data: { password: 'x' }, options: { cas: 1 } }))).response?.statusCode).toBe(400);
    const v1 = await client.read('secret/data/app/db?version=1');
    expect(v1.data.metadata.version).toBe(1);
    expect((await client.read('secret/data/app/db')).data.data).toEqual({ password: 'second' });
  });

  it('merge-patches with PATCH', async () => {
    await client.update('secret/data/app/db', { data: { user: 'app' } });
    expect((await client.read('secret/data/app/db')).data.data).toEqual({ password: 'second', user: 'app' });
  });

  it('answers 404 with an empty errors list for missing secrets', async () => {
    const e = await rejection(() => client.read('secret/data/nope'));
    expect(e.response?.statusCode).toBe(404);
    expect(e.response?.body).toEqual({ errors: [] });
    expect(e.message).toBe('Status 404');
  });

  it('soft-deletes the latest version with DELETE, keeps metadata, and undeletes', async () => {
    await client.write('secret/data/soft', { data: { a: '1' } });
    await client.delete('secret/data/soft');
    const e = await rejection(() => client.read('secret/data/soft'));
    expect(e.response?.statusCode).toBe(404);
    expect((e.response?.body as { data: { data: unknown; metadata: { deletion_time: string } } }).data.data).toBeNull();
    expect((e.response?.body as { data: { metadata: { deletion_time: string } } }).data.metadata.deletion_time).not.toBe('');
    await client.write('secret/undelete/soft', { versions: [1] });
    expect((await client.read('secret/data/soft')).data.data).toEqual({ a: '1' });
    await client.write('secret/destroy/soft', { versions: [1] });
    expect((await rejection(() => client.read('secret/data/soft'))).response?.statusCode).toBe(404);
  });

  it('keeps max_versions (10 by default)', async () => {
    for (let i = 0; i < 12; i++) await client.write('secret/data/many', { data: { i } });
    const meta = await client.read('secret/metadata/many');
    expect(meta.data.current_version).toBe(12);
    expect(meta.data.oldest_version).toBe(3);
    expect(Object.keys(meta.data.versions)).toHaveLength(10);
  });

  it('serves subkeys without values', async () => {
    await client.write('secret/data/nested', { data: { db: { user: 'u', password: 'p' }, token: 't' } });
    expect((await client.read('secret/subkeys/nested')).data.subkeys).toEqual({ db: { user: null, password: null }, token: null });
    expect((await client.read('secret/subkeys/nested?depth=1')).data.subkeys).toEqual({ db: null, token: null });
  });

  it('answers 405 to a method a path does not support', async () => {
    const e = await rejection(() => client.request({ path: '/secret/subkeys/nested', method: 'POST', json: {} }));
    expect(e.response?.statusCode).toBe(405);
  });

  it('requires a data object', async () => {
    const e = await rejection(() => client.write('secret/data/empty', { options: { cas: 0 } }));
    expect(e.response?.statusCode).toBe(400);
    expect(e.message).toBe('no data provided');
  });
});

describe('Vault KV v2 metadata', () => {
  it('sets custom_metadata, reads it on data and metadata, and validates it', async () => {
    await client.write('secret/data/meta/one', { data: { k: 'v' } });
    await client.write('secret/metadata/meta/one', { custom_metadata: { 'managed-by': 'unleak', fingerprint: 'fp1' } });
    const meta = await client.read('secret/metadata/meta/one');
    expect(meta.data).toMatchObject({ current_version: 1, custom_metadata: { 'managed-by': 'unleak', fingerprint: 'fp1' }, max_versions: 0, cas_required: false });
    expect((await client.read('secret/data/meta/one')).data.metadata.custom_metadata).toEqual({ 'managed-by': 'unleak', fingerprint: 'fp1' });
    const tooLong = await rejection(() => client.write('secret/metadata/meta/one', { custom_metadata: { k: 'x'.repeat(513) } }));
    expect(tooLong.response?.statusCode).toBe(400);
  });

  it('enforces cas_required set on the key', async () => {
    await client.write('secret/metadata/meta/cas', { cas_required: true });
    const e = await rejection(() => client.write('secret/data/meta/cas', { data: { a: 1 } }));
    expect(e.message).toBe('check-and-set parameter required for this call');
    expect((await client.write('secret/data/meta/cas', { data: { a: 1 }, options: { cas: 0 } })).data.version).toBe(1);
  });

  it('lists keys with folders via GET ?list=1 and 404s on empty folders', async () => {
    await client.write('secret/data/meta/deep/two', { data: { k: 'v' } });
    const listed = await client.list('secret/metadata/meta');
    expect(listed.data.keys).toEqual(['cas', 'deep/', 'one']);
    expect((await client.list('secret/metadata/')).data.keys).toEqual(expect.arrayContaining(['app/', 'meta/']));
    expect((await rejection(() => client.list('secret/metadata/empty-folder'))).response?.statusCode).toBe(404);
  });

  it('DELETE on metadata removes every version', async () => {
    await client.delete('secret/metadata/meta/one');
    expect((await rejection(() => client.read('secret/metadata/meta/one'))).response?.statusCode).toBe(404);
    expect((await rejection(() => client.read('secret/data/meta/one'))).response?.statusCode).toBe(404);
  });
});

describe('Vault auth, namespaces and sys', () => {
  it('requires the sandbox token: missing or wrong is 403 permission denied', async () => {
    const wrong = vaultClient(sandbox, { token: 'not-the-token' });
    const e = await rejection(() => wrong.read('secret/data/app/db'));
    expect(e.response?.statusCode).toBe(403);
    expect(e.message).toBe('permission denied');
    const res = await fetch(`${sandbox.url}/v1/secret/data/app/db`);
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({ errors: ['permission denied'] });
  });

  it('keeps namespaces apart', async () => {
    const teamA = vaultClient(sandbox, { namespace: 'team-a' });
    await teamA.write('secret/data/shared/name', { data: { who: 'a' } });
    expect((await teamA.read('secret/data/shared/name')).data.data).toEqual({ who: 'a' });
    expect((await rejection(() => client.read('secret/data/shared/name'))).response?.statusCode).toBe(404);
    expect(sandbox.state().vault.filter((v) => v.path === 'shared/name').map((v) => v.namespace)).toEqual(['team-a']);
  });

  it('serves sys/mounts, health, the CLI preflight, lookup-self, and enabling kv v2 mounts', async () => {
    const mounts = await client.mounts();
    expect(mounts.data['secret/']).toMatchObject({ type: 'kv', options: { version: '2' } });
    expect(await client.health()).toMatchObject({ initialized: true, sealed: false });
    const preflight = await client.read('sys/internal/ui/mounts/secret/app/db');
    expect(preflight.data).toMatchObject({ path: 'secret/', type: 'kv', options: { version: '2' } });
    const self = await client.tokenLookupSelf();
    expect(self.data.policies).toEqual(['root']);
    expect(JSON.stringify(self)).not.toContain(sandbox.vaultToken);

    await client.mount({ mount_point: 'kv-apps', type: 'kv', options: { version: '2' } });
    await client.write('kv-apps/data/x', { data: { y: 'z' } });
    expect((await client.read('kv-apps/data/x')).data.data).toEqual({ y: 'z' });
    expect((await rejection(() => client.mount({ mount_point: 'kv1', type: 'kv' }))).response?.statusCode).toBe(400);
    expect((await rejection(() => client.read('nomount/data/x'))).response?.statusCode).toBe(404);
  });

  it('accepts the LIST verb too, although Node\'s parser rejects it: node-vault works without noCustomHTTPVerbs', async () => {
    const defaultVerbs = vault({ endpoint: sandbox.url, token: sandbox.vaultToken });
    await defaultVerbs.write('secret/data/listing/a', { data: { k: 'v' } });
    expect((await defaultVerbs.list('secret/metadata/listing')).data.keys).toEqual(['a']);
    expect((await defaultVerbs.read('secret/data/listing/a')).data.data).toEqual({ k: 'v' });
    const denied = await rejection(() => vault({ endpoint: sandbox.url, token: 'wrong', noCustomHTTPVerbs: false }).list('secret/metadata/listing'));
    expect(denied.response?.statusCode).toBe(403);
    expect(sandbox.state().requests['vault.GET metadata']).toBeGreaterThanOrEqual(2);
  });

  it('still answers 400 to other unknown verbs', async () => {
    const reply = await rawRequest(sandbox.port, 'BREW /v1/secret/data/x HTTP/1.1\r\nHost: x\r\n\r\n');
    expect(reply).toMatch(/^HTTP\/1\.1 400/);
  });

  it('lists with a plain GET ?list=true', async () => {
    const res = await fetch(`${sandbox.url}/v1/secret/metadata/?list=true`, { headers: { 'X-Vault-Token': sandbox.vaultToken } });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { data: { keys: string[] } }).data.keys).toContain('app/');
  });
});

function rawRequest(port: number, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(text));
    let reply = '';
    socket.on('data', (chunk) => (reply += chunk.toString('latin1')));
    socket.on('close', () => resolve(reply));
    socket.on('error', reject);
  });
}
