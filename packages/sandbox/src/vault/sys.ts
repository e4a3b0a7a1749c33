import { randomUUID } from 'node:crypto';
import { jsonReply, type Reply } from '../http.js';
import type { VaultMount, VaultNamespace } from '../state.js';
import { findMount, newKvMount } from './mounts.js';
import { VaultError, badRequest, noContent, vaultData } from './reply.js';

const VERSION = '1.15.0+unleak-sandbox';

export function health(): Reply {
  return jsonReply(200, {
    initialized: true,
    sealed: false,
    standby: false,
    performance_standby: false,
    replication_performance_mode: 'disabled',
    replication_dr_mode: 'disabled',
    server_time_utc: Math.floor(Date.now() / 1000),
    version: VERSION,
    cluster_name: 'unleak-sandbox',
    cluster_id: '00000000-0000-0000-0000-000000000000',
  });
}

function mountInfo(path: string, mount: VaultMount) {
  return { type: 'kv', description: 'key/value secret storage (unleak sandbox)', accessor: mount.accessor, config: { default_lease_ttl: 0, max_lease_ttl: 0 }, options: { version: '2' }, local: false, seal_wrap: false, path };
}

/** `GET sys/mounts`; Vault sends the mounts both at top level and under `data`. */
export function listMounts(ns: VaultNamespace): Reply {
  const mounts: Record<string, unknown> = Object.fromEntries(Object.entries(ns.mounts).map(([path, m]) => [path, mountInfo(path, m)]));
  mounts['sys/'] = { type: 'system', description: 'system endpoints used for control, policy and debugging', accessor: 'system_sandbox', config: {}, options: null, local: false, seal_wrap: false };
  return jsonReply(200, { ...mounts, request_id: randomUUID(), lease_id: '', renewable: false, lease_duration: 0, data: mounts, wrap_info: null, warnings: null, auth: null });
}

/** `POST sys/mounts/<path>`: enables another kv v2 mount (the only engine the sandbox has). */
export function enableMount(ns: VaultNamespace, rawPath: string, body: Record<string, unknown>): Reply {
  const path = `${rawPath.replace(/^\/+|\/+$/g, '')}/`;
  if (path === '/' || path.startsWith('sys/')) throw badRequest(`cannot mount at '${path}'`);
  const options = body.options as Record<string, unknown> | undefined;
  const version = String(options?.version ?? '1');
  if (body.type !== 'kv' && body.type !== 'kv-v2') throw badRequest(`the sandbox supports only kv version 2 mounts, not '${String(body.type)}'`);
  if (body.type === 'kv' && version !== '2') throw badRequest('the sandbox supports only kv version 2 mounts; pass options.version "2"');
  if (Object.keys(ns.mounts).some((m) => m.startsWith(path) || path.startsWith(m))) throw badRequest(`path is already in use at ${path}`);
  ns.mounts[path] = newKvMount();
  return noContent();
}

/** What the Vault CLI asks before `vault kv …` to learn the kv version of a path. */
export function preflight(ns: VaultNamespace, path: string): Reply {
  const found = findMount(ns, path);
  if (!found) throw new VaultError(403, ['preflight capability check returned 403, please ensure client\'s policies grant access to path "' + path + '/"']);
  return vaultData({ path: found.mountPath, type: 'kv', options: { version: '2' }, description: '' });
}

/** `auth/token/lookup-self` for the sandbox root token; the token itself is not echoed back. */
export function lookupSelf(namespace: string): Reply {
  return vaultData({
    accessor: 'unleak-sandbox-accessor',
    creation_time: 0,
    creation_ttl: 0,
    display_name: 'token-unleak-sandbox',
    entity_id: '',
    expire_time: null,
    explicit_max_ttl: 0,
    meta: null,
    namespace_path: namespace === '' ? '' : `${namespace}/`,
    num_uses: 0,
    orphan: true,
    path: 'auth/token/root',
    policies: ['root'],
    renewable: false,
    ttl: 0,
    type: 'service',
  });
}
