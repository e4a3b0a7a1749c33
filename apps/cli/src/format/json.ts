import { toPublicFinding } from '@unleak/core';
import type { Formatter } from './report.js';

/** The version 1 contract: `{"version":1,"findings":[…],"stats":{files,bytes,ms[,commits]}}`, fields in contract order. */
export const formatJson: Formatter = (report) => {
  const { files, bytes, ms, commits } = report.stats;
  return `${JSON.stringify({ version: 1, findings: report.findings.map(toPublicFinding), stats: { files, bytes, ms, ...(commits !== undefined ? { commits } : {}) } }, null, 2)}\n`;
};
