import { readFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { existsSync, statSync } from 'node:fs';
import ignore, { type Ignore } from 'ignore';

/** One `.gitignore` (or `info/exclude`) and the directory its patterns are relative to. */
interface IgnoreLayer {
  /** The layer's directory relative to the scan root, forward slashes; '' for the root. */
  base: string;
  /** For layers above the scan root: the scan root relative to the layer's directory. */
  prefix?: string;
  rules: Ignore;
}

/**
 * Git's ignore semantics across levels: every `.gitignore` applies below its own directory and the deepest
 * one that has an opinion (ignore or `!` re-include) wins. Works on plain directories that are not repos.
 */
export class IgnoreStack {
  private constructor(private readonly layers: IgnoreLayer[]) {}

  /** Layers from the enclosing repository (its `info/exclude` and the `.gitignore`s above the root). */
  static async forRoot(root: string): Promise<IgnoreStack> {
    const layers: IgnoreLayer[] = [];
    const gitRoot = findGitRoot(root);
    if (gitRoot !== undefined) {
      const exclude = await readIgnoreFile(join(gitRoot, '.git', 'info', 'exclude'));
      if (exclude) layers.push(aboveRoot(root, gitRoot, exclude));
      const above: string[] = [];
      for (let dir = dirname(root); gitRoot !== root && isWithin(gitRoot, dir); dir = dirname(dir)) {
        above.unshift(dir);
        if (dir === gitRoot) break;
      }
      for (const dir of above) {
        const rules = await readIgnoreFile(join(dir, '.gitignore'));
        if (rules) layers.push(aboveRoot(root, dir, rules));
      }
    }
    const own = await readIgnoreFile(join(root, '.gitignore'));
    if (own) layers.push({ base: '', rules: own });
    return new IgnoreStack(layers);
  }

  /** The stack for a subdirectory: this one plus the subdirectory's own `.gitignore`, if any. */
  async enter(root: string, relDir: string): Promise<IgnoreStack> {
    const rules = await readIgnoreFile(join(root, relDir, '.gitignore'));
    return rules ? new IgnoreStack([...this.layers, { base: relDir, rules }]) : this;
  }

  /** `relPath` relative to the scan root, forward slashes. */
  ignores(relPath: string, isDirectory: boolean): boolean {
    let ignored = false;
    for (const layer of this.layers) {
      const local = layer.prefix !== undefined ? joinPosix(layer.prefix, relPath) : localPath(layer.base, relPath);
      if (local === undefined || local === '') continue;
      const result = layer.rules.test(isDirectory ? `${local}/` : local);
      if (result.ignored) ignored = true;
      else if (result.unignored) ignored = false;
    }
    return ignored;
  }
}

function aboveRoot(root: string, dir: string, rules: Ignore): IgnoreLayer {
  return { base: '', prefix: toPosix(relative(dir, root)), rules };
}

function joinPosix(prefix: string, relPath: string): string {
  return prefix === '' ? relPath : `${prefix}/${relPath}`;
}

function localPath(base: string, relPath: string): string | undefined {
  if (base === '') return relPath;
  return relPath.startsWith(`${base}/`) ? relPath.slice(base.length + 1) : undefined;
}

async function readIgnoreFile(path: string): Promise<Ignore | undefined> {
  try {
    return ignore().add(await readFile(path, 'utf8'));
  } catch {
    return undefined;
  }
}

export function findGitRoot(start: string): string | undefined {
  for (let dir = start; ; dir = dirname(dir)) {
    const dotGit = join(dir, '.git');
    if (existsSync(dotGit) && statSync(dotGit).isDirectory()) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

function isWithin(parent: string, child: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep));
}

export function toPosix(p: string): string {
  return sep === '/' ? p : p.split(sep).join('/');
}
