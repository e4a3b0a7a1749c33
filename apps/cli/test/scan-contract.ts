/** The `scan --format json` finding fields, in contract order (issue 2). Written out here on purpose. */
export const FINDING_KEYS = ['rule', 'file', 'line', 'column', 'endLine', 'endColumn', 'fingerprint', 'redacted', 'kind', 'sensitivity', 'store', 'commit', 'committedAt', 'inHead'];

/** Fields only `--history` findings carry (`commit` also names the commit of a history finding). */
export const HISTORY_KEYS = ['commit', 'committedAt', 'inHead'];

/** The `stats` fields of every scan, in contract order. */
export const STATS_KEYS = ['files', 'bytes', 'ms'];

/** Added after STATS_KEYS by `--history` scans: `commits` (how many commits were read); `files` stays distinct paths. */
export const HISTORY_STATS_KEYS = ['commits'];
