import { execFileSync, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built CLI (what a commit hook and the tmux e2e test run). `npm test` builds first; a stale or missing dist is rebuilt here. */
const cli = fileURLToPath(new URL('..', import.meta.url));
export const unleakBin = join(cli, 'bin', 'unleak.js');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

export function ensureBuilt(): void {
  const dist = join(cli, 'dist', 'main.js');
  const packages = readdirSync(join(cli, '..', '..', 'packages')).map((p) => join(cli, '..', '..', 'packages', p, 'src')).filter(existsSync);
  const sources = Math.max(newestMtime(join(cli, 'src')), ...packages.map(newestMtime));
  if (!existsSync(dist) || statSync(dist).mtimeMs < sources) execFileSync(process.execPath, [join(cli, 'build.mjs')], { stdio: 'inherit' });
}

/** Runs the built CLI in `cwd` with a clean git identity and no colour. */
export function runUnleak(cwd: string, args: string[], options: { nodeArgs?: string[]; env?: NodeJS.ProcessEnv } = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [...(options.nodeArgs ?? []), unleakBin, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', ...options.env },
    timeout: 60_000,
  });
}
