/** The `scan --format json` finding fields, in contract order (issue 2). Written out here on purpose. */
export const FINDING_KEYS = ['rule', 'file', 'line', 'column', 'endLine', 'endColumn', 'fingerprint', 'redacted', 'kind', 'sensitivity', 'store', 'commit', 'committedAt', 'inHead'];

/** Fields only `--history` findings carry (`commit` also names the commit of a history finding). */
export const HISTORY_KEYS = ['commit', 'committedAt', 'inHead'];
