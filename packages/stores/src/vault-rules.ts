import { describeChar } from './describe-char.js';

/**
 * Vault accepts 32 MB requests, but storage backends do not (Consul caps an entry at 512 KiB), so a
 * larger value would work on one cluster and fail on the next.
 */
export const VAULT_LIMITS = { maxValueBytes: 512 * 1024, maxPathLength: 1024, maxMetadataValueBytes: 512 } as const;

const PATH_CHARS = /^[A-Za-z0-9_.\-/@+=:]+$/;
const FIRST_BAD_CHAR = /[^A-Za-z0-9_.\-/@+=:]/;
const MOUNT_CHARS = /^[A-Za-z0-9_.\-/]+$/;
const KV2_API_SEGMENT = /^(data|metadata|delete|undelete|destroy|subkeys|config)(\/|$)/;

/** A path inside the KV v2 mount, e.g. `app/prod/db` (not `secret/data/app/prod/db`). */
export function vaultPathProblems(path: string, mount: string): string[] {
  const shown = `Vault secret path '${path}'`;
  if (path.length === 0) return ['Vault secret path is empty; use a path inside the mount such as app/prod/db'];
  const problems: string[] = [];
  if (!PATH_CHARS.test(path)) problems.push(`${shown} has ${describeChar(FIRST_BAD_CHAR.exec(path)?.[0] ?? '')}; paths allow A-Za-z0-9 and _.-/@+=:`);
  if (path.startsWith('/') || path.endsWith('/')) problems.push(`${shown} starts or ends with '/'; use '${path.replace(/^\/+|\/+$/g, '')}'`);
  if (path.includes('//')) problems.push(`${shown} has an empty segment; remove the extra '/'`);
  const segments = path.split('/');
  if (segments.some((s) => s === '.' || s === '..' || (s.length > 0 && s.endsWith('.')))) {
    problems.push(`${shown} has a segment ending in '.', which Vault cannot address; rename that segment`);
  }
  if (path.startsWith(`${mount}/`) || KV2_API_SEGMENT.test(path)) {
    problems.push(`${shown} includes the mount or a KV v2 API segment; give the path inside mount '${mount}', e.g. app/prod/db`);
  }
  if (path.length > VAULT_LIMITS.maxPathLength) problems.push(`Vault secret path '${path.slice(0, 40)}…' is ${path.length} characters; keep it under ${VAULT_LIMITS.maxPathLength}`);
  return problems;
}

export function vaultMountProblems(mount: string): string[] {
  if (mount.length === 0 || !MOUNT_CHARS.test(mount) || mount.startsWith('/') || mount.endsWith('/')) {
    return [`Vault mount '${mount}' is not a mount path; use the KV v2 mount name without slashes at either end, e.g. secret`];
  }
  return [];
}

export function vaultValueProblems(path: string, bytes: number): string[] {
  if (bytes === 0) return [`value for Vault secret '${path}' is empty; a secret needs a value`];
  if (bytes > VAULT_LIMITS.maxValueBytes) {
    return [`value for Vault secret '${path}' is ${bytes} bytes; unleak writes at most ${VAULT_LIMITS.maxValueBytes} so it fits every storage backend; split it`];
  }
  return [];
}
