import { randomUUID } from 'node:crypto';
import { jsonReply, type Reply } from '../http.js';

/** A Vault error: a status code and `{"errors":[…]}` (an empty list for plain 404s). */
export class VaultError extends Error {
  constructor(
    readonly status: number,
    readonly errors: string[],
    /** Vault still sends the metadata when a version is deleted or destroyed. */
    readonly data?: unknown,
  ) {
    super(errors[0] ?? `status ${status}`);
    this.name = 'VaultError';
  }
}

export const notFound = () => new VaultError(404, []);
export const badRequest = (message: string) => new VaultError(400, [message]);
export const permissionDenied = () => new VaultError(403, ['permission denied']);

export function vaultData(data: unknown, extra: Record<string, unknown> = {}): Reply {
  return jsonReply(200, envelope(data, extra));
}

function envelope(data: unknown, extra: Record<string, unknown> = {}) {
  return { request_id: randomUUID(), lease_id: '', renewable: false, lease_duration: 0, data, wrap_info: null, warnings: null, auth: null, ...extra };
}

export const noContent = (): Reply => ({ status: 204, headers: {}, body: '' });

export function vaultErrorReply(e: unknown): Reply {
  if (e instanceof VaultError) {
    return e.data === undefined ? jsonReply(e.status, { errors: e.errors }) : jsonReply(e.status, { ...envelope(e.data, { mount_type: 'kv' }), errors: e.errors });
  }
  return jsonReply(500, { errors: ['sandbox internal error'] });
}

/** RFC 3339 with nanoseconds, as Vault prints times. */
export function vaultTime(ms = Date.now()): string {
  return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$1000000Z');
}
