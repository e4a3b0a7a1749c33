import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { ConfigError, UsageError } from '@unleak/core';
import { renderTemplate, type PlantedSecret } from './render.js';
import { exampleTemplateDir, type ExampleName } from './template-dir.js';

export interface MaterializeOptions {
  name?: ExampleName;
  /** Initialise a git repository and commit the files, so `scan --history` has something. Default true. */
  git?: boolean;
}

export interface MaterializedExample {
  root: string;
  /** Every secret planted in the working tree, sorted by file then line. */
  secrets: PlantedSecret[];
  /**
   * Secrets only in git history: added by the first commit (`commit`), deleted by the second. Empty when
   * `git` is false.
   */
  removed: PlantedSecret[];
}

const AUTHOR = { name: 'Legacy Shop Dev', email: 'dev@legacy-shop.example' };
/** Fixed identities and dates, so two materialisations produce the same commits. */
const COMMITS = [
  { date: '2019-03-14T09:26:53Z', message: 'Initial import of the legacy shop' },
  { date: '2020-06-02T16:05:11Z', message: 'Remove the pre-Actions deploy script' },
] as const;

/**
 * Copies the example into `targetDir` (which must be empty or absent), replacing each fake marker by a
 * well-formed fake value, and returns where each value was planted.
 */
export async function materializeExample(targetDir: string, options: MaterializeOptions = {}): Promise<MaterializedExample> {
  const name = options.name ?? 'legacy-shop';
  const template = exampleTemplateDir(name);
  const root = resolve(targetDir);
  await assertEmpty(root);
  const problems: string[] = [];
  const secrets = await copyRendered(template, root, problems);
  if (!(options.git ?? true)) {
    if (problems.length > 0) throw new ConfigError(`example template ${template}`, problems);
    return { root, secrets, removed: [] };
  }
  const historyTemplate = historyTemplateDir(name);
  const removed = historyTemplate ? await copyRendered(historyTemplate, root, problems) : [];
  if (problems.length > 0) throw new ConfigError(`example template ${template}`, problems);
  const git = gitIn(root);
  git({}, 'init', '--quiet', '--initial-branch=main');
  git({}, 'config', 'user.name', AUTHOR.name);
  git({}, 'config', 'user.email', AUTHOR.email);
  git({}, 'config', 'commit.gpgsign', 'false');
  git({}, 'add', '--all');
  git({ date: COMMITS[0].date }, 'commit', '--quiet', '--no-verify', '-m', COMMITS[0].message);
  const initial = git({}, 'rev-parse', 'HEAD').trim();
  if (removed.length > 0) {
    git({}, 'rm', '--quiet', '-r', '--', ...new Set(removed.map((s) => s.file)));
    git({ date: COMMITS[1].date }, 'commit', '--quiet', '--no-verify', '-m', COMMITS[1].message);
  }
  return { root, secrets, removed: removed.map((s) => ({ ...s, commit: initial })) };
}

/** Renders every file of `template` into `root`; returns the planted secrets and collects bad markers. */
async function copyRendered(template: string, root: string, problems: string[]): Promise<PlantedSecret[]> {
  const planted: PlantedSecret[] = [];
  for (const path of await listFiles(template)) {
    const file = relative(template, path).split(sep).join('/');
    const bytes = await readFile(path);
    const out = join(root, file);
    await mkdir(dirname(out), { recursive: true });
    if (bytes.includes(0)) {
      await writeFile(out, bytes);
      continue;
    }
    const rendered = renderTemplate(file, bytes.toString('utf8'));
    problems.push(...rendered.problems);
    planted.push(...rendered.planted);
    await writeFile(out, rendered.text, { mode: (await stat(path)).mode });
  }
  return planted;
}

/** `examples/<name>-history`, the files that only the first commit holds, if the example has them. */
function historyTemplateDir(name: ExampleName): string | undefined {
  const dir = `${exampleTemplateDir(name)}-history`;
  return existsSync(dir) ? dir : undefined;
}

async function assertEmpty(root: string): Promise<void> {
  let entries: string[];
  try {
    entries = await readdir(root);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw new UsageError(`cannot read '${root}': ${(e as Error).message}`);
  }
  if (entries.length > 0) throw new UsageError(`'${root}' is not empty; materialise the example into a new or empty directory`);
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await listFiles(path)));
    else if (entry.isFile()) files.push(path);
  }
  return files;
}

/**
 * The environment minus GIT_* variables: run from a git hook, GIT_DIR and GIT_INDEX_FILE would point these
 * commands at the enclosing repository.
 */
function inheritedEnvWithoutGit(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('GIT_')));
}

function gitIn(root: string) {
  return ({ date }: { date?: string }, ...args: string[]): string => {
    const env = {
      ...inheritedEnvWithoutGit(),
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_AUTHOR_NAME: AUTHOR.name,
      GIT_AUTHOR_EMAIL: AUTHOR.email,
      GIT_COMMITTER_NAME: AUTHOR.name,
      GIT_COMMITTER_EMAIL: AUTHOR.email,
      ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}),
    };
    const result = spawnSync('git', args, { cwd: root, env, encoding: 'utf8' });
    if (result.error) throw new UsageError(`cannot run git (${result.error.message}); install git or pass { git: false }`);
    if (result.status !== 0) throw new UsageError(`git ${args[0]} failed in '${root}': ${result.stderr.trim().split('\n')[0]}`);
    return result.stdout;
  };
}
