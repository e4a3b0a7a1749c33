import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import type { Formatter } from './report.js';
import { formatSarif } from './sarif.js';
import { formatText } from './text.js';

/** Output formats by `--format` name; a new format is one file plus one entry here. */
export const FORMATS: Record<string, Formatter> = { text: formatText, json: formatJson, sarif: formatSarif, github: formatGithub };

export type { Formatter, ScanReport } from './report.js';
export { printable, statsLine } from './report.js';
