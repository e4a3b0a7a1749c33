import type { SecretKind } from '@unleak/core';
import { dbHost } from './db-config.js';
import { normalizeKey } from './normalize.js';

/** Host values that point at the developer's own machine or a compose service: fallbacks, not deployment settings. */
const LOCAL_HOST_DEFAULT = /^(?:localhost|127\.0\.0\.1|0\.0\.0\.0|::1|\[::1\]|db|postgres)(?::\d{1,5})?$/i;

/** Credentials that a database's user, host, port and name belong to. */
const DATABASE_CREDENTIAL_KINDS: ReadonlySet<SecretKind> = new Set(['password', 'db-password', 'db-url', 'docker-password']);
const PASSWORD_KEY = /(?:^|_)(?:password|passwd|pass|pwd)$/;

/** One judged assignment of a group, as the generic pass sees it. */
export interface GroupMember {
  group: string;
  role: 'secret' | 'config';
  kind: SecretKind;
  key: string;
  value: string;
}

export function isLocalHostDefault(value: string): boolean {
  return LOCAL_HOST_DEFAULT.test(value.trim());
}

/**
 * The groups whose config members (user, host, port, database) are reported beside their secrets. A group
 * whose host is a local default (`os.getenv('DB_HOST', 'localhost')`) keeps them only when it also holds a
 * database credential: beside an unrelated secret (a Django `SECRET_KEY`, an API key) they are a developer's
 * fallbacks, not settings to migrate.
 */
export function groupsKeepingConfig(members: Iterable<GroupMember>): Set<string> {
  const withSecret = new Set<string>();
  const withCredential = new Set<string>();
  const withLocalHost = new Set<string>();
  for (const m of members) {
    const key = normalizeKey(m.key);
    if (m.role === 'secret') {
      withSecret.add(m.group);
      if (DATABASE_CREDENTIAL_KINDS.has(m.kind) || PASSWORD_KEY.test(key)) withCredential.add(m.group);
    } else if (dbHost.key.test(key) && isLocalHostDefault(m.value)) {
      withLocalHost.add(m.group);
    }
  }
  return new Set([...withSecret].filter((g) => withCredential.has(g) || !withLocalHost.has(g)));
}
