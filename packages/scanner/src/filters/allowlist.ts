import ignore from 'ignore';
import type { ScanConfig } from '../config.js';
import type { Pending } from './pending.js';

/** Step 3: `scan.allow.paths` (gitignore-style globs) and `scan.allow.rules` from unleak.yaml. */
export function createAllowlist(config: ScanConfig | undefined): (p: Pending) => string | undefined {
  const paths = config?.allow.paths ?? [];
  const rules = new Set(config?.allow.rules ?? []);
  const matchers = paths.map((pattern) => ({ pattern, matcher: ignore().add(pattern) }));
  return (p) => {
    if (rules.has(p.rule)) return `rule '${p.rule}' is in scan.allow.rules`;
    if (p.file.startsWith('../') || p.file.startsWith('/')) return undefined;
    const hit = matchers.find((m) => m.matcher.ignores(p.file));
    return hit ? `path matches scan.allow.paths '${hit.pattern}'` : undefined;
  };
}
