import { existsSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError, type Detection } from '@unleak/core';
import { loadConfig } from '../config-file.js';
import { EXIT, type Io } from '../io.js';

export const CONFIG_USAGE = `usage: unleak config explain <file>:<line> [PATH] [--config FILE]

Show how the finding(s) at <file>:<line> are routed: kind, sensitivity, store, name, group, rotation,
and which rule decided it (an unleak.yaml routing rule, routing.defaultStore, or a built-in default).

  <file>:<line>   the finding's file (relative to PATH) and line, as scan prints it
  PATH            the repository root (default: the current directory)
  --config FILE   read FILE instead of $UNLEAK_CONFIG or the nearest unleak.yaml (PATH up to the git root)

Grouping and de-duplication are worked out within <file> only.
`;

export async function run(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: { config: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  const [sub, location, path, ...extra] = positionals;
  if (values.help || sub === undefined) {
    io.stdout(CONFIG_USAGE);
    return values.help ? EXIT.ok : EXIT.error;
  }
  if (sub !== 'explain') throw new UsageError(`unknown config subcommand '${sub}'; use 'unleak config explain <file>:<line>'`);
  if (location === undefined) throw new UsageError("config explain needs <file>:<line>, e.g. 'unleak config explain .env:3'");
  if (extra.length > 0) throw new UsageError(`config explain takes one <file>:<line> and one PATH; unexpected '${extra[0]}'`);

  const root = resolve(io.cwd, path ?? '.');
  if (!existsSync(root) || !statSync(root).isDirectory()) throw new UsageError(`PATH '${path}' is not a directory; give the repository root`);
  const { file, line } = parseLocation(location, root, io.cwd);
  if (!existsSync(join(root, file))) throw new UsageError(`'${file}' does not exist under ${root}; give the path relative to PATH`);

  const config = await loadConfig(root, values.config, io, false);
  const [{ scan }, classifier] = await Promise.all([import('@unleak/scanner'), import('@unleak/classifier')]);
  const policy = config.policy ?? classifier.defaultPolicy();

  const scanned = { root, paths: [file], ...(config.scan ? { config: config.scan } : {}) };
  const detections = await withHistoryExposure((await scan(scanned)).detections, () => scan({ ...scanned, history: {} }));
  const here = detections.filter((d) => d.file === file && d.line <= line && line <= d.endLine);
  if (here.length === 0) {
    const lines = [...new Set(detections.filter((d) => d.file === file).map((d) => d.line))].sort((a, b) => a - b);
    throw new UsageError(
      `no finding at ${file}:${line}; ${lines.length ? `findings in ${file} are on line${lines.length > 1 ? 's' : ''} ${lines.join(', ')}` : `scan finds nothing in ${file}`}`,
    );
  }
  const { findings, items } = classifier.classifyAll(detections, { policy, projects: classifier.discoverProjects(root) });
  io.stdout(`policy: ${config.file ? relativeOrAbsolute(root, config.file) : 'built-in defaults (no unleak.yaml)'}\n`);
  for (const d of here) {
    const finding = findings[detections.indexOf(d)];
    if (!finding) continue;
    io.stdout(`\n${classifier.explainFinding(finding, items.find((i) => i.id === finding.group), d.redacted)}`);
  }
  return EXIT.ok;
}

/**
 * Findings whose value the file's git history also holds carry the commit that added it, its date and
 * whether it is still in HEAD, so the explanation shows the exposure. Outside git there is no history.
 */
async function withHistoryExposure(found: Detection[], readHistory: () => Promise<{ detections: Detection[] }>): Promise<Detection[]> {
  const history = await readHistory().catch((e: unknown) => {
    if (e instanceof UsageError) return undefined;
    throw e;
  });
  const first = new Map<string, Detection>();
  for (const h of history?.detections ?? []) if (!first.has(h.fingerprint)) first.set(h.fingerprint, h);
  return found.map((d) => {
    const h = first.get(d.fingerprint);
    if (!h?.commit) return d;
    return { ...d, commit: h.commit, ...(h.committedAt ? { committedAt: h.committedAt } : {}), ...(h.inHead !== undefined ? { inHead: h.inHead } : {}) };
  });
}

/** `src/app.ts:12` → file relative to root (forward slashes) and a 1-based line. */
function parseLocation(location: string, root: string, cwd: string): { file: string; line: number } {
  const m = /^(.+):(\d+)$/.exec(location);
  if (!m?.[1] || !m[2] || Number(m[2]) < 1) throw new UsageError(`'${location}' is not <file>:<line>; e.g. 'unleak config explain .env:3'`);
  const abs = isAbsolute(m[1]) ? m[1] : existsSync(join(root, m[1])) ? join(root, m[1]) : resolve(cwd, m[1]);
  const file = relative(root, abs).split(sep).join('/');
  if (file.startsWith('..')) throw new UsageError(`'${m[1]}' is outside PATH ${root}; give a file inside the repository`);
  return { file, line: Number(m[2]) };
}

function relativeOrAbsolute(root: string, file: string): string {
  const rel = relative(root, file);
  return rel.startsWith('..') ? file : rel.split(sep).join('/');
}
