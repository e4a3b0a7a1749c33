import { toPublicFinding } from '@unleak/core';
import type { Formatter } from './report.js';

/** The version 1 contract: `{"version":1,"findings":[…],"stats":{files,bytes,ms}}`, fields in contract order. */
export const formatJson: Formatter = (report) => {
  const { files, bytes, ms } = report.stats;
  return `${JSON.stringify({ version: 1, findings: report.findings.map(toPublicFinding), stats: { files, bytes, ms } }, null, 2)}\n`;
};
