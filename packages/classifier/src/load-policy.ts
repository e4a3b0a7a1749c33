import { ConfigError } from '@unleak/core';
import { parse } from 'yaml';
import { parsePolicy, type Policy } from './policy.js';

/** Parses unleak.yaml text; throws ConfigError listing every problem (YAML syntax or policy) at once. */
export function loadPolicyText(text: string, source = 'unleak.yaml'): Policy {
  let doc: unknown;
  try {
    doc = parse(text);
  } catch (e) {
    const first = e instanceof Error ? e.message.split('\n')[0] : String(e);
    throw new ConfigError(source, [`not valid YAML: ${first}`]);
  }
  const { policy, problems } = parsePolicy(doc);
  if (problems.length > 0) throw new ConfigError(source, problems);
  return policy;
}
