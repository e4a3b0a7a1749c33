import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { UsageError } from '@unleak/core';

/**
 * Runs git with an argument array (never a shell) and returns stdout. Errors become one-line
 * UsageErrors that say what to do.
 */
export async function gitOutput(cwd: string, args: string[], signal?: AbortSignal): Promise<Buffer> {
  const child = spawn('git', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], signal });
  const chunks: Buffer[] = [];
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => chunks.push(c));
  child.stderr.on('data', (c: Buffer) => void (stderr += c.toString('utf8')));
  const code = await exitCode(child);
  if (code !== 0) throw gitError(cwd, args, stderr);
  return Buffer.concat(chunks);
}

/** Fails with a clear message unless `cwd` is inside a git work tree (git would otherwise guess a mode). */
export async function assertGitRepository(cwd: string, signal?: AbortSignal): Promise<void> {
  await gitOutput(cwd, ['rev-parse', '--is-inside-work-tree'], signal);
}

/**
 * The commit a revision names (full sha), or undefined when git knows no such commit. A revision that
 * starts with '-' is refused before git sees it (it would be read as an option).
 */
export async function commitOf(cwd: string, rev: string, flag: string, signal?: AbortSignal): Promise<string | undefined> {
  if (rev === '' || rev.startsWith('-') || /[\0\n]/.test(rev)) throw new UsageError(`${flag} '${rev}' is not a revision; give a commit, branch or tag`);
  const out = await gitOutputOrUndefined(cwd, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], signal);
  return out?.toString('utf8').trim() || undefined;
}

/**
 * Paths as git pathspecs that mean those files and folders only: without `:(literal)` git reads `[id].ts`
 * as a pattern (matching `i.ts`), `:x` as pathspec magic, and refuses '' (the root, which is `.`).
 */
export function literalPathspecs(paths: readonly string[]): string[] {
  return paths.map((p) => `:(literal)${p === '' ? '.' : p}`);
}

/** Like gitOutput, but a non-zero exit is an answer (undefined), not an error. Git's absence still throws. */
export async function gitOutputOrUndefined(cwd: string, args: string[], signal?: AbortSignal): Promise<Buffer | undefined> {
  const child = spawn('git', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], signal });
  const chunks: Buffer[] = [];
  child.stdout.on('data', (c: Buffer) => chunks.push(c));
  child.stderr.resume();
  return (await exitCode(child)) === 0 ? Buffer.concat(chunks) : undefined;
}

/** Streams git's stdout line by line (for `git log -p`, which can be gigabytes). */
export async function* gitLines(cwd: string, args: string[], signal?: AbortSignal): AsyncGenerator<string> {
  const child = spawn('git', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], signal });
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => void (stderr += c.toString('utf8')));
  const finished = exitCode(child);
  const lines = createInterface({ input: child.stdout, crlfDelay: Infinity });
  try {
    for await (const line of lines) yield line;
  } finally {
    lines.close();
    if (child.exitCode === null) child.kill();
  }
  const code = await finished;
  if (code !== 0) throw gitError(cwd, args, stderr);
}

/**
 * Of the paths git printed as "Binary files … differ", those that are binary only because .gitattributes
 * says so (`-diff`, `binary`, a diff driver): text worth diffing again with --text. Paths git found binary
 * by their bytes have the attribute unspecified and are left out, so real binaries are never re-read.
 */
export async function pathsMarkedBinary(cwd: string, paths: Iterable<string>, signal?: AbortSignal): Promise<string[]> {
  const list = [...paths].filter((p) => !p.includes('\0'));
  const marked: string[] = [];
  for (let i = 0; i < list.length; i += 500) {
    const out = await gitOutputOrUndefined(cwd, ['check-attr', '-z', 'diff', '--', ...list.slice(i, i + 500)], signal);
    const fields = out?.toString('utf8').split('\0') ?? [];
    for (let f = 0; f + 2 < fields.length; f += 3) {
      const [path = '', , value = ''] = fields.slice(f, f + 3);
      if (value !== 'unspecified' && value !== 'set') marked.push(path);
    }
  }
  return marked;
}

function exitCode(child: ReturnType<typeof spawn>): Promise<number> {
  return new Promise((resolve, reject) => {
    child.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT') reject(new UsageError('git is not installed or not on PATH; --staged, --history and --diff need git'));
      else reject(e);
    });
    child.on('close', (code) => resolve(code ?? 1));
  });
}

function gitError(cwd: string, args: string[], stderr: string): UsageError {
  if (/not a git repository/i.test(stderr)) {
    return new UsageError(`'${cwd}' is not inside a git repository; --staged, --history and --diff need one (scan a directory without those flags instead)`);
  }
  if (/unknown revision|bad revision|ambiguous argument/i.test(stderr)) {
    return new UsageError(`git does not know the revision in 'git ${subcommand(args)}'; check --since (a commit, tag or branch that exists)`);
  }
  if (/does not have any commits yet/i.test(stderr)) {
    return new UsageError(`the repository at '${cwd}' has no commits yet; commit something or drop --history`);
  }
  const first = stderr.trim().split('\n')[0] ?? '';
  return new UsageError(`git ${subcommand(args)} failed: ${first || 'unknown error'}`);
}

/** The git command the arguments run (`log` in `-c core.quotePath=false log -p …`). */
function subcommand(args: string[]): string {
  let i = 0;
  while (args[i] === '-c') i += 2;
  return args[i] ?? '';
}
