import type { Fault } from '../faults.js';
import { header, jsonReply, type Reply, type RoutedRequest, type SandboxRequest } from '../http.js';
import type { StateStore } from '../persistence.js';
import { configRoute, dataRoute, metadataRoute, subkeysRoute, versionsRoute, type KvRequest } from './kv.js';
import { findMount, namespaceOf } from './mounts.js';
import { VaultError, badRequest, permissionDenied, vaultErrorReply } from './reply.js';
import { enableMount, health, listMounts, lookupSelf, preflight } from './sys.js';

export interface VaultContext {
  store: StateStore;
  token: string;
}

const KV_ACTIONS = /^(data|metadata|delete|undelete|destroy|config|subkeys)(?:\/(.*))?$/;

/** Everything under `/v1/`. Listing is `GET …?list=true`; a raw `LIST` arrives here rewritten to that (see list-verb.ts). */
export function routeVault(req: SandboxRequest, ctx: VaultContext): RoutedRequest {
  const path = safeDecode(req.url.pathname.slice('/v1/'.length)).replace(/\/+$/, (m) => (m.length > 0 ? '/' : ''));
  const method = req.method;
  const bare = path.replace(/\/$/, '');
  const isHealth = bare === 'sys/health';
  const mutates = ['POST', 'PUT', 'PATCH', 'DELETE'].includes(method) && !bare.startsWith('auth/');
  return {
    service: 'vault',
    operation: `${method} ${operationName(bare)}`,
    mutates,
    faultable: !isHealth,
    execute(): Reply {
      try {
        if (isHealth) return health();
        authenticate(req, ctx.token);
        const body = parseBody(req.body);
        const { name: namespace, ns } = namespaceOf(ctx.store, header(req.headers, 'x-vault-namespace'));
        if (bare === 'sys/mounts' && method === 'GET') return listMounts(ns);
        if (bare.startsWith('sys/mounts/') && (method === 'POST' || method === 'PUT')) return enableMount(ns, bare.slice('sys/mounts/'.length), body);
        if (bare.startsWith('sys/internal/ui/mounts/') && method === 'GET') return preflight(ns, bare.slice('sys/internal/ui/mounts/'.length));
        if (bare === 'auth/token/lookup-self' && (method === 'GET' || method === 'POST')) return lookupSelf(namespace);
        const mounted = findMount(ns, bare);
        const action = mounted ? KV_ACTIONS.exec(mounted.rest === '' ? '' : path.slice(mounted.mountPath.length)) : null;
        if (!mounted || !action) throw new VaultError(404, [`no handler for route "${bare}". route entry not found.`]);
        const kv: KvRequest = { method, store: ctx.store, mount: mounted.mount, path: action[2] ?? '', query: req.url.searchParams, body };
        switch (action[1]) {
          case 'data':
            return dataRoute(kv);
          case 'metadata':
            return metadataRoute(kv);
          case 'config':
            return configRoute(kv);
          case 'delete':
          case 'undelete':
          case 'destroy':
            return versionsRoute(kv, action[1]);
          case 'subkeys':
            return subkeysRoute(kv);
          default:
            throw new VaultError(404, [`no handler for route "${bare}". route entry not found.`]);
        }
      } catch (e) {
        return vaultErrorReply(e);
      }
    },
    fault(fault: Fault): Reply {
      return fault === 'throttle'
        ? jsonReply(429, { errors: [`request path "${bare}": rate limit quota exceeded`] })
        : jsonReply(500, { errors: ['internal error (injected by the sandbox --faults)'] });
    },
  };
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

function operationName(path: string): string {
  const segments = path.split('/');
  if (segments[0] === 'sys' || segments[0] === 'auth') return segments.slice(0, 3).join('/');
  return segments.find((s) => KV_ACTIONS.test(s)) ?? 'unknown';
}

function authenticate(req: SandboxRequest, expected: string): void {
  const bearer = header(req.headers, 'authorization');
  const token = header(req.headers, 'x-vault-token') ?? (bearer?.startsWith('Bearer ') ? bearer.slice('Bearer '.length) : undefined);
  if (token !== expected) throw permissionDenied();
}

function parseBody(body: string): Record<string, unknown> {
  if (body.trim() === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw badRequest('failed to parse JSON input: invalid character in request body');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw badRequest('request body must be a JSON object');
  return parsed as Record<string, unknown>;
}
