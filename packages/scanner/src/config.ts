/** The `scan:` section of unleak.yaml. */
export interface ScanConfig {
  allow: {
    /** gitignore-style globs relative to the scan root; matching files are not reported. */
    paths: string[];
    /** Rule ids that are not reported. */
    rules: string[];
  };
}

export const EMPTY_SCAN_CONFIG: ScanConfig = { allow: { paths: [], rules: [] } };

const SCAN_KEYS = ['allow'];
const ALLOW_KEYS = ['paths', 'rules'];

/**
 * Validates the parsed YAML of unleak.yaml and returns the scan config plus every problem found (each
 * naming its key path), so the CLI can report them all at once. Other top-level sections belong to other
 * commands and are ignored here. Pass `knownRules` to flag rule ids that do not exist.
 */
export function parseScanConfig(obj: unknown, knownRules?: ReadonlySet<string>): { config: ScanConfig; problems: string[] } {
  const problems: string[] = [];
  const config: ScanConfig = { allow: { paths: [], rules: [] } };
  if (obj === undefined || obj === null) return { config, problems };
  if (!isRecord(obj)) return { config, problems: ['the file must be a YAML mapping (key: value), not a list or a scalar'] };
  const scan = obj.scan;
  if (scan === undefined || scan === null) return { config, problems };
  if (!isRecord(scan)) return { config, problems: ['scan: must be a mapping with an `allow:` key'] };
  for (const key of Object.keys(scan)) if (!SCAN_KEYS.includes(key)) problems.push(`scan.${key}: unknown key; expected one of: ${SCAN_KEYS.join(', ')}`);
  const allow = scan.allow;
  if (allow !== undefined && allow !== null) {
    if (!isRecord(allow)) problems.push('scan.allow: must be a mapping with `paths:` and/or `rules:` lists');
    else {
      for (const key of Object.keys(allow)) if (!ALLOW_KEYS.includes(key)) problems.push(`scan.allow.${key}: unknown key; expected one of: ${ALLOW_KEYS.join(', ')}`);
      config.allow.paths = stringList(allow.paths, 'scan.allow.paths', problems, checkGlob);
      config.allow.rules = stringList(allow.rules, 'scan.allow.rules', problems, (id) =>
        knownRules && !knownRules.has(id) ? `'${id}' is not a rule id (run 'unleak scan --verbose' to see rule ids in findings)` : undefined,
      );
    }
  }
  return { config, problems };
}

function stringList(value: unknown, where: string, problems: string[], check: (s: string) => string | undefined): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    problems.push(`${where}: must be a list of strings`);
    return [];
  }
  const out: string[] = [];
  value.forEach((item, i) => {
    if (typeof item !== 'string' || item.trim() === '') {
      problems.push(`${where}[${i}]: must be a non-empty string`);
      return;
    }
    const problem = check(item);
    if (problem) problems.push(`${where}[${i}]: ${problem}`);
    else out.push(item);
  });
  return out;
}

function checkGlob(pattern: string): string | undefined {
  if (pattern.startsWith('/') && pattern.length > 1 && /^\/(?:home|usr|etc|var|tmp|Users)\//.test(pattern)) {
    return `'${pattern}' looks absolute; write paths relative to the scan root (e.g. 'docs/**')`;
  }
  if (pattern.includes('\\')) return `'${pattern}' uses backslashes; use forward slashes`;
  return undefined;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
