import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Policy } from '@unleak/classifier';
import { ConfigError, UsageError } from '@unleak/core';
import type { ScanConfig } from '@unleak/scanner';
import type { Io } from './io.js';

/** The names looked for in each directory, in this order; the first one present wins. */
export const CONFIG_FILE_NAMES = ['unleak.yaml', 'unleak.yml', '.unleak.yaml', '.unleak.yml', '.config/unleak.yaml'] as const;

/** How the config file was chosen: named by the user, or found by walking up from the root. */
export type ConfigSource = '--config' | 'UNLEAK_CONFIG' | 'search';

export interface ConfigLocation {
  file: string;
  source: ConfigSource;
}

/** unleak.yaml as the commands need it: the scan section, the classifier's policy, and which file it came from. */
export interface LoadedConfig {
  scan?: ScanConfig;
  policy?: Policy;
  /** Absolute path of the file loaded; absent when the built-in defaults apply. */
  file?: string;
}

/**
 * `--config FILE`, else `$UNLEAK_CONFIG` (both relative to cwd), else the nearest config file found walking up
 * from `root` to the git root (the first directory holding `.git`), or to the filesystem root outside git.
 */
export function findConfigFile(root: string, explicit: string | undefined, io: Pick<Io, 'cwd' | 'env'>): ConfigLocation | undefined {
  if (explicit !== undefined) return { file: resolve(io.cwd, explicit), source: '--config' };
  const fromEnv = io.env.UNLEAK_CONFIG;
  if (fromEnv) return { file: resolve(io.cwd, fromEnv), source: 'UNLEAK_CONFIG' };
  for (const dir of searchedDirectories(resolve(io.cwd, root))) {
    const file = CONFIG_FILE_NAMES.map((name) => join(dir, name)).find(isFile);
    if (file !== undefined) return { file, source: 'search' };
  }
  return undefined;
}

/** `start` and its parents, up to and including the first one that holds `.git` (a directory or a worktree file). */
export function searchedDirectories(start: string): string[] {
  const dirs: string[] = [];
  for (let dir = start; ; dir = dirname(dir)) {
    dirs.push(dir);
    if (existsSync(join(dir, '.git')) || dirname(dir) === dir) return dirs;
  }
}

/**
 * Finds and loads the config every command uses. YAML only (data, never code from the scanned repository).
 * Problems in the scan section and in the classifier's sections are reported together, in one ConfigError
 * naming the file. No file → `{}` (built-in defaults). With `verbose`, says on stderr which file was loaded.
 */
export async function loadConfig(root: string, explicit: string | undefined, io: Io, verbose: boolean): Promise<LoadedConfig> {
  const location = findConfigFile(root, explicit, io);
  if (location === undefined) {
    if (verbose) io.stderr(`unleak: no config file found from ${resolve(io.cwd, root)} up to the git root; using built-in defaults\n`);
    return {};
  }
  const { file, source } = location;
  const text = await readConfigText(location);
  const doc = await parseYamlData(file, text);
  if (doc !== null && doc !== undefined && (typeof doc !== 'object' || Array.isArray(doc))) {
    throw new ConfigError(file, [`the file must be a YAML mapping of sections (scan:, routing:, …), not ${Array.isArray(doc) ? 'a list' : 'a scalar'}`]);
  }
  const [{ parseScanConfig, RULE_TITLES }, { parsePolicy }] = await Promise.all([import('@unleak/scanner'), import('@unleak/classifier')]);
  const ruleIds = new Set(RULE_TITLES.keys());
  const { config, problems } = parseScanConfig(doc, ruleIds);
  const { policy, problems: policyProblems } = parsePolicy(doc, ruleIds);
  const all = [...problems, ...policyProblems];
  if (all.length) throw new ConfigError(file, all);
  if (verbose) io.stderr(`unleak: using config ${file}${source === 'search' ? '' : ` (from ${source})`}\n`);
  return { scan: config, policy, file };
}

/** Plain data only: a YAML error, or a tag YAML does not know (e.g. `!!js/function`), is a ConfigError, not a warning. */
async function parseYamlData(file: string, text: string): Promise<unknown> {
  const { parseDocument } = await import('yaml');
  const document = parseDocument(text);
  const [error] = document.errors;
  if (error) throw new ConfigError(file, [`not valid YAML: ${error.message.split('\n')[0] ?? ''}`]);
  if (document.warnings.length) throw new ConfigError(file, document.warnings.map((w) => `${w.message.split('\n')[0] ?? ''}; unleak.yaml holds plain YAML data only`));
  try {
    return document.toJS();
  } catch (e) {
    throw new ConfigError(file, [`not usable YAML: ${e instanceof Error ? (e.message.split('\n')[0] ?? '') : 'conversion error'}`]);
  }
}

async function readConfigText({ file, source }: ConfigLocation): Promise<string> {
  const how = source === '--config' ? 'check the --config path' : source === 'UNLEAK_CONFIG' ? 'check the UNLEAK_CONFIG variable' : 'check its permissions';
  if (!existsSync(file)) throw new UsageError(`config file '${file}' (from ${source}) does not exist; ${how}`);
  if (statSync(file).isDirectory()) throw new UsageError(`config file '${file}' (from ${source}) is a directory; name the unleak.yaml file inside it`);
  try {
    return await readFile(file, 'utf8');
  } catch {
    throw new UsageError(`config file '${file}' cannot be read; ${how}`);
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
