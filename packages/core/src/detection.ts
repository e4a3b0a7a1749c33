import type { SecretValue } from './secret-value.js';
import type { Finding, FindingContext } from './types.js';

/**
 * A finding as it leaves the scanner on its way to the classifier and the migration engine: it carries
 * the value (in memory only, as a SecretValue) and where it sits. Reporters never see this type; they
 * get `toPublicFinding(d)`.
 */
export interface Detection extends Finding {
  secret: SecretValue;
  context: FindingContext;
  /**
   * Named members found with the secret, e.g. a connection string's `engine`, `username`, `host`, `port`,
   * `dbname` (non-secret, in clear) and `password` (a SecretValue).
   */
  parts?: Record<string, string | SecretValue>;
}

const PUBLIC_KEYS = ['rule', 'file', 'line', 'column', 'endLine', 'endColumn', 'fingerprint', 'redacted', 'kind', 'sensitivity', 'store', 'project', 'commit', 'committedAt', 'inHead'] as const;

/** The `scan --format json` contract fields only, in contract order. */
export function toPublicFinding(f: Finding): Finding {
  const out: Record<string, unknown> = {};
  for (const k of PUBLIC_KEYS) if (f[k] !== undefined) out[k] = f[k];
  return out as unknown as Finding;
}
