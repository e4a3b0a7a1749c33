import type { Detection } from '@unleak/core';
import type { Pending } from './pending.js';

/** Step 7: the public shape; the value stays inside its SecretValue, reporters see `redacted`. */
export function toDetection(p: Pending): Detection {
  const { rule, file, line, column, endLine, endColumn, fingerprint, kind, sensitivity, store, commit, secret, context, parts } = p;
  return {
    rule,
    file,
    line,
    column,
    endLine,
    endColumn,
    fingerprint,
    redacted: secret.redacted,
    kind,
    sensitivity,
    store,
    ...(commit ? { commit } : {}),
    secret,
    context,
    ...(parts ? { parts } : {}),
  };
}
