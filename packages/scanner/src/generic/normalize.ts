/**
 * `dbPassword`, `DB_PASSWORD`, `db-password`, `spring.datasource.password`, `ansible_become_pass` →
 * lower-case words joined by `_`, so one key pattern covers every naming style.
 */
export function normalizeKey(key: string): string {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/** Words that, following the credential word, make the key about a credential rather than one. */
const STOP_AFTER = new Set([
  'reset', 'url', 'uri', 'endpoint', 'name', 'names', 'file', 'path', 'dir', 'length', 'len', 'field', 'label',
  'hint', 'policy', 'min', 'max', 'regex', 'pattern', 'prompt', 'placeholder', 'type', 'id', 'header', 'param',
  'expiry', 'expires', 'expiration', 'ttl', 'lifetime', 'hash', 'hashed', 'digest', 'rotation', 'enabled', 'required',
  'input', 'text', 'message', 'msg', 'error', 'validator', 'validation', 'strength', 'age', 'count', 'version',
  'format', 'mode', 'prefix', 'suffix', 'ref', 'arn', 'env', 'var', 'location', 'store', 'provider', 'manager',
  'source', 'command', 'cmd', 'helper', 'class', 'method', 'algorithm', 'algo', 'size', 'bytes', 'bits', 'char',
  'chars', 'ids', 'key_id', 'selector', 'template', 'secret_ref', 'mount', 'volume', 'generator', 'index',
  'factory', 'mgr', 'handler', 'spec', 'exception', 'last', 'used',
]);
/** Words that, before the credential word, describe a UI or a flag (`show_password`, `reset_token`). */
const STOP_BEFORE = new Set(['reset', 'forgot', 'show', 'hide', 'has', 'is', 'use', 'require', 'requires', 'enable', 'disable', 'validate', 'verify', 'check', 'generate', 'min', 'max', 'no', 'csrf', 'xsrf', 'next', 'page', 'continuation', 'pagination', 'idempotency', 'change', 'update', 'request', 'action', 'input', 'output', 'cancel', 'cancellation', 'to']);
/**
 * Words that, right before the credential word or the word before it, name a value that is public by design
 * (`public_key`, `publicToken`, .NET's `publicKeyToken`).
 */
const PUBLIC_BEFORE = new Set(['public', 'publishable', 'pub']);

/**
 * True when a word around the credential word turns the key into metadata: `password_reset_url`,
 * `token_endpoint`, `passwordField`, `secret_name`, `DB_PASSWORD_FILE`, `min_password_length`.
 * `at` is the index in `normalized` where the credential word's match starts, `end` where it ends.
 */
export function hasStopWord(normalized: string, at: number, end: number): boolean {
  const before = normalized.slice(0, at).split('_').filter(Boolean);
  const after = normalized.slice(end).split('_').filter(Boolean);
  if (before.slice(-2).some((w) => PUBLIC_BEFORE.has(w))) return true;
  return after.some((w) => STOP_AFTER.has(w)) || before.some((w) => STOP_BEFORE.has(w));
}
