import type { StateStore } from '../persistence.js';
import type { VaultEntry, VaultMount, VaultVersion } from '../state.js';
import { type Reply } from '../http.js';
import { DEFAULT_MAX_VERSIONS } from './mounts.js';
import { VaultError, badRequest, noContent, notFound, vaultData, vaultTime } from './reply.js';

export interface KvRequest {
  method: string;
  store: StateStore;
  mount: VaultMount;
  /** The secret's path inside the mount, without the `data/` / `metadata/` segment. */
  path: string;
  query: URLSearchParams;
  body: Record<string, unknown>;
}

const CAS_MISMATCH = 'check-and-set parameter did not match the current version';
const CAS_REQUIRED = 'check-and-set parameter required for this call';
const KV = { mount_type: 'kv' };

function maxVersionsOf(mount: VaultMount, entry: VaultEntry): number {
  return entry.maxVersions || mount.config.maxVersions || DEFAULT_MAX_VERSIONS;
}

function versionMetadata(entry: VaultEntry, version: number, v: VaultVersion) {
  return { created_time: v.createdAt, custom_metadata: entry.customMetadata, deletion_time: v.deletionTime, destroyed: v.destroyed, version };
}

function validPath(path: string): string {
  if (path === '' || path.split('/').some((segment) => segment.endsWith('.'))) throw notFound();
  return path;
}

function readCas(body: Record<string, unknown>): number | undefined {
  const options = body.options;
  if (options === undefined || options === null) return undefined;
  if (typeof options !== 'object') throw badRequest('options must be an object');
  const cas = (options as Record<string, unknown>).cas;
  if (cas === undefined || cas === null) return undefined;
  const n = typeof cas === 'string' && /^\d+$/.test(cas) ? Number(cas) : cas;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) throw badRequest('cas must be a non-negative integer');
  return n;
}

function readData(body: Record<string, unknown>): Record<string, unknown> {
  const data = body.data;
  if (data === undefined || data === null) throw badRequest('no data provided');
  if (typeof data !== 'object' || Array.isArray(data)) throw badRequest('data must be a JSON object');
  return data as Record<string, unknown>;
}

function writeVersion(req: KvRequest, entry: VaultEntry, data: Record<string, unknown>): Reply {
  const now = vaultTime();
  const version = entry.currentVersion + 1;
  entry.versions[String(version)] = { createdAt: now, deletionTime: '', destroyed: false, data: req.store.sealer.seal(JSON.stringify(data)) };
  entry.currentVersion = version;
  entry.updatedAt = now;
  if (entry.oldestVersion === 0) entry.oldestVersion = version;
  const keep = maxVersionsOf(req.mount, entry);
  while (Object.keys(entry.versions).length > keep) {
    delete entry.versions[String(entry.oldestVersion)];
    entry.oldestVersion++;
  }
  req.mount.entries[req.path] = entry;
  const written = entry.versions[String(version)];
  return vaultData(written ? versionMetadata(entry, version, written) : null, KV);
}

function newEntry(): VaultEntry {
  const now = vaultTime();
  return { createdAt: now, updatedAt: now, currentVersion: 0, oldestVersion: 0, maxVersions: 0, casRequired: false, customMetadata: null, versions: {} };
}

function checkCas(req: KvRequest, entry: VaultEntry | undefined, cas: number | undefined): void {
  if (cas === undefined && (req.mount.config.casRequired || entry?.casRequired)) throw badRequest(CAS_REQUIRED);
  if (cas !== undefined && cas !== (entry?.currentVersion ?? 0)) throw badRequest(CAS_MISMATCH);
}

/** `<mount>/data/<path>`: read (GET ?version=), write (POST/PUT with options.cas), merge-patch (PATCH), soft-delete latest (DELETE). */
export function dataRoute(req: KvRequest): Reply {
  const path = validPath(req.path);
  const entry = req.mount.entries[path];
  switch (req.method) {
    case 'GET': {
      const asked = req.query.get('version');
      if (asked !== null && !/^\d+$/.test(asked)) throw badRequest(`version '${asked}' is not a number`);
      const number = asked === null || asked === '0' ? entry?.currentVersion : Number(asked);
      const version = number === undefined ? undefined : entry?.versions[String(number)];
      if (!entry || number === undefined || !version) throw notFound();
      const metadata = versionMetadata(entry, number, version);
      if (version.deletionTime !== '' || version.destroyed || version.data === null) throw new VaultError(404, [], { data: null, metadata });
      return vaultData({ data: JSON.parse(req.store.sealer.open(version.data)) as unknown, metadata }, KV);
    }
    case 'POST':
    case 'PUT': {
      const data = readData(req.body);
      checkCas(req, entry, readCas(req.body));
      return writeVersion(req, entry ?? newEntry(), data);
    }
    case 'PATCH': {
      const patch = readData(req.body);
      const cas = readCas(req.body);
      const current = entry?.versions[String(entry.currentVersion)];
      if (!entry || !current || current.data === null || current.deletionTime !== '' || current.destroyed) throw notFound();
      if (cas !== undefined && cas !== entry.currentVersion) throw badRequest(CAS_MISMATCH);
      const merged = mergePatch(JSON.parse(req.store.sealer.open(current.data)) as Record<string, unknown>, patch);
      return writeVersion(req, entry, merged);
    }
    case 'DELETE': {
      const latest = entry?.versions[String(entry.currentVersion)];
      if (entry && latest && latest.deletionTime === '') {
        latest.deletionTime = vaultTime();
        entry.updatedAt = latest.deletionTime;
      }
      return noContent();
    }
    default:
      throw unsupported();
  }
}

/** RFC 7396 merge patch: null removes a key, objects merge recursively. */
function mergePatch(target: Record<string, unknown>, patch: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...target };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else if (typeof value === 'object' && !Array.isArray(value) && typeof out[key] === 'object' && out[key] !== null && !Array.isArray(out[key])) {
      out[key] = mergePatch(out[key] as Record<string, unknown>, value as Record<string, unknown>);
    } else out[key] = value;
  }
  return out;
}

const unsupported = () => new VaultError(405, ['1 error occurred:\n\t* unsupported operation\n\n']);

/** `<mount>/metadata/<path>`: GET (or GET ?list=true), POST/PUT/PATCH settings and custom_metadata, DELETE all versions. */
export function metadataRoute(req: KvRequest): Reply {
  const list = req.query.get('list');
  if (req.method === 'GET' && (list === 'true' || list === '1')) return listKeys(req);
  const path = validPath(req.path);
  const entry = req.mount.entries[path];
  switch (req.method) {
    case 'GET': {
      if (!entry) throw notFound();
      return vaultData({
        cas_required: entry.casRequired,
        created_time: entry.createdAt,
        current_version: entry.currentVersion,
        custom_metadata: entry.customMetadata,
        delete_version_after: '0s',
        max_versions: entry.maxVersions,
        oldest_version: entry.oldestVersion,
        updated_time: entry.updatedAt,
        versions: Object.fromEntries(
          Object.entries(entry.versions).map(([n, v]) => [n, { created_time: v.createdAt, deletion_time: v.deletionTime, destroyed: v.destroyed }]),
        ),
      }, KV);
    }
    case 'POST':
    case 'PUT':
    case 'PATCH': {
      const target = entry ?? newEntry();
      const { max_versions: maxVersions, cas_required: casRequired, custom_metadata: customMetadata } = req.body;
      if (maxVersions !== undefined) {
        if (typeof maxVersions !== 'number' || !Number.isInteger(maxVersions) || maxVersions < 0) throw badRequest('max_versions must be a non-negative integer');
        target.maxVersions = maxVersions;
      }
      if (casRequired !== undefined) {
        if (typeof casRequired !== 'boolean') throw badRequest('cas_required must be a boolean');
        target.casRequired = casRequired;
      }
      if (customMetadata !== undefined) {
        const validated = validateCustomMetadata(customMetadata);
        target.customMetadata = req.method === 'PATCH' ? patchCustomMetadata(target.customMetadata, customMetadata as Record<string, unknown>) : validated;
      }
      target.updatedAt = vaultTime();
      req.mount.entries[path] = target;
      return noContent();
    }
    case 'DELETE':
      delete req.mount.entries[path];
      return noContent();
    default:
      throw unsupported();
  }
}

function validateCustomMetadata(raw: unknown): Record<string, string> | null {
  if (raw === null) return null;
  if (typeof raw !== 'object' || Array.isArray(raw)) throw badRequest('custom_metadata must be an object of string values');
  const entries = Object.entries(raw as Record<string, unknown>);
  const problems: string[] = [];
  if (entries.length > 64) problems.push(`payload must contain at most 64 keys, provided: ${entries.length}`);
  for (const [key, value] of entries) {
    if (Buffer.byteLength(key) > 128) problems.push(`length of key "${key.slice(0, 20)}…" is ${Buffer.byteLength(key)} which exceeds 128 characters`);
    if (value === null) continue;
    if (typeof value !== 'string') problems.push(`value of key "${key}" must be a string`);
    else if (Buffer.byteLength(value) > 512) problems.push(`length of value for key "${key}" is ${Buffer.byteLength(value)} which exceeds 512 characters`);
  }
  if (problems.length > 0) throw new VaultError(400, problems);
  return Object.fromEntries(entries.filter(([, v]) => v !== null)) as Record<string, string>;
}

function patchCustomMetadata(current: Record<string, string> | null, patch: Record<string, unknown>): Record<string, string> {
  const out = { ...(current ?? {}) };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else out[key] = value as string;
  }
  return out;
}

function listKeys(req: KvRequest): Reply {
  const prefix = req.path === '' || req.path.endsWith('/') ? req.path : `${req.path}/`;
  const keys = new Set<string>();
  for (const path of Object.keys(req.mount.entries)) {
    if (!path.startsWith(prefix)) continue;
    const rest = path.slice(prefix.length);
    const slash = rest.indexOf('/');
    keys.add(slash < 0 ? rest : rest.slice(0, slash + 1));
  }
  if (keys.size === 0) throw notFound();
  return vaultData({ keys: [...keys].sort() }, KV);
}

/** `<mount>/delete|undelete|destroy/<path>` with `{"versions":[…]}`. */
export function versionsRoute(req: KvRequest, action: 'delete' | 'undelete' | 'destroy'): Reply {
  if (req.method !== 'POST' && req.method !== 'PUT') throw unsupported();
  const path = validPath(req.path);
  const versions = req.body.versions;
  if (!Array.isArray(versions) || versions.length === 0 || !versions.every((v) => Number.isInteger(v) && (v as number) > 0)) {
    throw badRequest('no version number provided');
  }
  const entry = req.mount.entries[path];
  for (const n of versions as number[]) {
    const version = entry?.versions[String(n)];
    if (!version) continue;
    if (action === 'delete' && version.deletionTime === '') version.deletionTime = vaultTime();
    if (action === 'undelete' && !version.destroyed) version.deletionTime = '';
    if (action === 'destroy') {
      version.destroyed = true;
      version.data = null;
    }
  }
  return noContent();
}

/** `<mount>/subkeys/<path>`: the key structure of a version with every leaf value replaced by null. */
export function subkeysRoute(req: KvRequest): Reply {
  if (req.method !== 'GET') throw unsupported();
  const path = validPath(req.path);
  const entry = req.mount.entries[path];
  const asked = req.query.get('version');
  const depthParam = req.query.get('depth');
  if ((asked !== null && !/^\d+$/.test(asked)) || (depthParam !== null && !/^\d+$/.test(depthParam))) throw badRequest('version and depth must be numbers');
  const number = asked === null || asked === '0' ? entry?.currentVersion : Number(asked);
  const version = number === undefined ? undefined : entry?.versions[String(number)];
  if (!entry || number === undefined || !version) throw notFound();
  const metadata = versionMetadata(entry, number, version);
  if (version.deletionTime !== '' || version.destroyed || version.data === null) throw new VaultError(404, [], { subkeys: null, metadata });
  const depth = depthParam === null ? 0 : Number(depthParam);
  return vaultData({ subkeys: skeleton(JSON.parse(req.store.sealer.open(version.data)) as unknown, depth, 1), metadata }, KV);
}

function skeleton(value: unknown, maxDepth: number, depth: number): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [k, maxDepth !== 0 && depth >= maxDepth ? null : skeleton(v, maxDepth, depth + 1)]),
  );
}

/** `<mount>/config`: engine-wide max_versions and cas_required. */
export function configRoute(req: KvRequest): Reply {
  if (req.method === 'GET') {
    return vaultData({ max_versions: req.mount.config.maxVersions, cas_required: req.mount.config.casRequired, delete_version_after: '0s' });
  }
  if (req.method !== 'POST' && req.method !== 'PUT') throw unsupported();
  const { max_versions: maxVersions, cas_required: casRequired } = req.body;
  if (maxVersions !== undefined) {
    if (typeof maxVersions !== 'number' || !Number.isInteger(maxVersions) || maxVersions < 0) throw badRequest('max_versions must be a non-negative integer');
    req.mount.config.maxVersions = maxVersions;
  }
  if (casRequired !== undefined) {
    if (typeof casRequired !== 'boolean') throw badRequest('cas_required must be a boolean');
    req.mount.config.casRequired = casRequired;
  }
  return noContent();
}
