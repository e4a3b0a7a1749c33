import { readFile } from 'node:fs/promises';
import { dirname, isAbsolute, resolve } from 'node:path';
import { ConfigError, UsageError, validatePlan, type Plan } from '@unleak/core';
import { parse, stringify } from 'yaml';
import { atomicWrite } from './atomic-write.js';

const HEADER = `# unleak migration plan. Review it, then run: unleak apply <this file>
# You may edit each item's store, name and skip. The plan holds no secret values: apply re-reads each value
# from its source and refuses an item whose value changed since this plan was made.
`;

export function formatPlan(plan: Plan): string {
  return HEADER + stringify(plan, { lineWidth: 0 });
}

/** Writes the plan atomically (a half-written plan would be read as a broken one). */
export async function writePlanFile(path: string, plan: Plan): Promise<void> {
  await atomicWrite(path, formatPlan(plan));
}

/** Parses and validates plan text; ConfigError lists every problem at once. */
export function parsePlanText(text: string, source = 'plan.yaml'): Plan {
  let doc: unknown;
  try {
    doc = parse(text);
  } catch (e) {
    throw new ConfigError(source, [`not valid YAML: ${e instanceof Error ? (e.message.split('\n')[0] ?? '') : 'parse error'}`]);
  }
  const { plan, problems } = validatePlan(doc);
  if (!plan) throw new ConfigError(source, problems);
  return plan;
}

/** Reads a plan file; `root` is the scanned repository as an absolute path. */
export async function readPlanFile(path: string): Promise<{ plan: Plan; root: string }> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new UsageError(`plan file '${path}' cannot be read; create one with 'unleak migrate --plan-out ${path}'`);
  }
  const plan = parsePlanText(text, path);
  return { plan, root: isAbsolute(plan.root) ? plan.root : resolve(dirname(resolve(path)), plan.root) };
}
