import type { Assignment, Extractor, Fragment } from '../types.js';
import { ansibleInventoryExtractor } from './ansible-inventory.js';
import { codeExtractor } from './code.js';
import { connectionStringMembers } from './connection-string.js';
import { dockerfileExtractor } from './dockerfile.js';
import { dotenvExtractor } from './dotenv.js';
import { hclExtractor } from './hcl.js';
import { iniExtractor } from './ini.js';
import { jsonExtractor } from './json.js';
import { netrcExtractor } from './netrc.js';
import { propertiesExtractor } from './properties.js';
import { shellExtractor } from './shell.js';
import { textExtractor } from './text.js';
import { tomlExtractor } from './toml.js';
import { xmlExtractor } from './xml.js';
import { yamlExtractor } from './yaml.js';

export { fileKindOf } from './file-kind.js';
export { genericCandidates, isPlaceholder, GENERIC_RULES } from '../generic/index.js';

/** One extractor per syntax family; a file kind may be read by several (a Jenkinsfile is code and shell). */
export const EXTRACTORS: Extractor[] = [
  yamlExtractor,
  jsonExtractor,
  tomlExtractor,
  dotenvExtractor,
  propertiesExtractor,
  iniExtractor,
  hclExtractor,
  xmlExtractor,
  dockerfileExtractor,
  shellExtractor,
  codeExtractor,
  ansibleInventoryExtractor,
  netrcExtractor,
  textExtractor,
];

/**
 * Every key/value assignment the fragment's format defines, each value span reported once (in source order
 * when several extractors read the kind).
 * Never throws: an extractor that fails on hostile input contributes nothing.
 */
export function extractAssignments(fragment: Fragment): Assignment[] {
  const extractors = EXTRACTORS.filter((e) => e.fileKinds.includes(fragment.fileKind));
  const results = extractors.map((extractor) => withConnectionStrings(safely(extractor, fragment)));
  if (results.length === 1) return results[0]!.filter((a) => a.end > a.start);
  const seen = new Set<string>();
  const out: Assignment[] = [];
  for (const assignment of results.flat()) {
    const id = `${assignment.start}:${assignment.end}`;
    if (seen.has(id) || assignment.end <= assignment.start) continue;
    seen.add(id);
    out.push(assignment);
  }
  return out.sort((a, b) => a.start - b.start);
}

function safely(extractor: Extractor, fragment: Fragment): Assignment[] {
  try {
    return extractor.extract(fragment);
  } catch {
    return [];
  }
}

/** Connection strings are split into members right after the assignment that holds them. */
function withConnectionStrings(found: Assignment[]): Assignment[] {
  if (!found.some((a) => a.value.includes(';'))) return found;
  return found.flatMap((a) => (a.value.includes(';') ? [a, ...connectionStringMembers(a)] : [a]));
}
