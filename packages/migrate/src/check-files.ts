import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Plan } from '@unleak/core';
import type { ScanConfig } from '@unleak/scanner';
import { readSources } from './locate.js';

/**
 * After the rewrite: no planned value may still be found in a touched file (lines the rewriter left for a person,
 * `manual` as `file:line`, are reported there instead). Whether a file still parses is checked before it is
 * written (`introducedSyntaxProblem` in apply). Returns one line per problem.
 */
export async function checkFiles(root: string, files: string[], plan: Plan, config?: ScanConfig, manual: ReadonlySet<string> = new Set()): Promise<string[]> {
  const problems: string[] = [];
  const present = [...new Set(files)].filter((f) => existsSync(join(root, f)));
  const planned = new Set(plan.items.filter((i) => !i.skip).flatMap((i) => i.members.map((m) => `${m.file}\0${m.fingerprint}`)));
  const sources = await readSources(root, present, config);
  for (const source of sources.values()) {
    for (const d of source.detections) {
      if (planned.has(`${d.file}\0${d.fingerprint}`) && !manual.has(`${d.file}:${d.line}`)) problems.push(`${d.file}:${d.line}: ${d.rule} (${d.redacted}) is still in the file after the rewrite (manual edit needed)`);
    }
  }
  return problems;
}
