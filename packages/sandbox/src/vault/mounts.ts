import { randomBytes } from 'node:crypto';
import type { StateStore } from '../persistence.js';
import type { VaultMount, VaultNamespace } from '../state.js';
import { badRequest } from './reply.js';

export const DEFAULT_MAX_VERSIONS = 10;

export function newKvMount(): VaultMount {
  return { type: 'kv', version: '2', accessor: `kv_${randomBytes(4).toString('hex')}`, config: { maxVersions: 0, casRequired: false }, entries: {} };
}

/**
 * The namespace named by `X-Vault-Namespace` ('' is root). The sandbox creates namespaces on first
 * use, each with its own `secret/` kv-v2 mount, where real Vault Enterprise needs `sys/namespaces` first.
 */
export function namespaceOf(store: StateStore, header: string | undefined): { name: string; ns: VaultNamespace } {
  const name = (header ?? '').replace(/^\/+|\/+$/g, '');
  if (!/^[A-Za-z0-9_./-]*$/.test(name)) throw badRequest(`namespace '${name}' is not valid; use letters, digits, '_', '-', '.' and '/'`);
  let ns = store.state.vault[name];
  if (!ns) {
    ns = { mounts: { 'secret/': newKvMount() } };
    store.state.vault[name] = ns;
  }
  return { name, ns };
}

/** The mount with the longest path that prefixes `path`, and the rest of the path within it. */
export function findMount(ns: VaultNamespace, path: string): { mountPath: string; mount: VaultMount; rest: string } | undefined {
  const mountPath = Object.keys(ns.mounts)
    .filter((m) => `${path}/`.startsWith(m))
    .sort((a, b) => b.length - a.length)[0];
  const mount = mountPath === undefined ? undefined : ns.mounts[mountPath];
  if (mountPath === undefined || !mount) return undefined;
  return { mountPath, mount, rest: path.slice(mountPath.length) };
}
