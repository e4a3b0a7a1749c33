import { createHash } from 'node:crypto';

const DOMAIN = 'unleak/v1';

/** Hash of a secret value alone: the same value found by two rules or in two files has the same hash. */
export function secretHash(secret: string): string {
  return createHash('sha256').update(`${DOMAIN}\0${secret}`).digest('hex').slice(0, 32);
}

/**
 * A finding's identity, `v1:` + 20 hex digits of sha256(rule, NUL, hash of the secret [, NUL, path]):
 * never the line number, so a baseline survives unrelated edits. Path is optional so the same key
 * committed in two files can be told apart.
 */
export function fingerprint(rule: string, secret: string, file?: string): string {
  const h = createHash('sha256').update(`${DOMAIN}\0${rule}\0${secretHash(secret)}`);
  if (file !== undefined) h.update(`\0${file}`);
  return `v1:${h.digest('hex').slice(0, 20)}`;
}
