import { chmod, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** The lines unleak owns in a shell hook: found, replaced and removed by these markers, nothing else. */
const BEGIN = "# >>> unleak: block commits that add hardcoded credentials ('unleak hook uninstall' removes this block)";
const END = '# <<< unleak';
const BLOCK = /^# >>> unleak:.*\n[\s\S]*?^# <<< unleak\n?/m;

export interface ShellHookChange {
  changed: boolean;
  /** Set when the existing hook would stop before reaching the block. */
  warning?: string;
}

export function shellBlock(command: string): string {
  return `${BEGIN}\n${command} || exit $?\n${END}\n`;
}

/**
 * Adds (or updates) the block at the end of a hook script, keeping whatever the hook already does; creates
 * the script with `header` when there is none. The file ends up executable.
 */
export async function addShellBlock(file: string, command: string, header: string): Promise<ShellHookChange> {
  const existing = await readIfExists(file);
  const block = shellBlock(command);
  let next: string;
  if (existing === undefined) next = `${header}${block}`;
  else if (BLOCK.test(existing)) next = existing.replace(BLOCK, block);
  else next = `${existing}${existing === '' || existing.endsWith('\n') ? '' : '\n'}${block}`;
  const changed = next !== existing;
  if (changed) {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, next, 'utf8');
  }
  const mode = (await stat(file)).mode;
  if ((mode & 0o111) !== 0o111) await chmod(file, mode | 0o111);
  const before = next.slice(0, next.search(BLOCK));
  const stops = /^[ \t]*(?:exec[ \t]|exit(?:[ \t]|$)).*$/m.exec(before);
  return { changed, ...(stops ? { warning: `${file} has '${stops[0].trim()}' before the unleak block, so the block never runs; move the block above that line` } : {}) };
}

/** Removes the block; deletes the file when nothing but `header` (or nothing) is left, as install created it. */
export async function removeShellBlock(file: string, header: string): Promise<boolean> {
  const existing = await readIfExists(file);
  if (existing === undefined || !BLOCK.test(existing)) return false;
  const rest = existing.replace(BLOCK, '');
  if (rest.trim() === '' || rest === header) await rm(file);
  else await writeFile(file, rest, 'utf8');
  return true;
}

export async function hasShellBlock(file: string): Promise<boolean> {
  const text = await readIfExists(file);
  return text !== undefined && BLOCK.test(text);
}

export async function readIfExists(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}
