import { chmod, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** The lines unleak owns in a shell hook: found, replaced and removed by these markers, nothing else. */
const BEGIN = "# >>> unleak: block commits that add hardcoded credentials ('unleak hook uninstall' removes this block)";
const END = '# <<< unleak';
const BLOCK = /^# >>> unleak:.*\n[\s\S]*?^# <<< unleak(.*)\n?/m;

/**
 * What install changed about the user's own hook besides adding the block, noted on the end marker
 * (`# <<< unleak (uninstall restores: no final newline)`) so uninstall can give the file back byte for byte.
 */
const RESTORES = { newline: 'no final newline', mode: 'not executable', empty: 'empty file' } as const;
type Restore = keyof typeof RESTORES;

export interface ShellHookChange {
  changed: boolean;
  /** Set when the existing hook would stop before reaching the block. */
  warning?: string;
  /** The existing script was not executable before install made it so (uninstall restores that). */
  madeExecutable?: boolean;
}

export function shellBlock(command: string, restores: Restore[] = []): string {
  const note = restores.length ? ` (uninstall restores: ${restores.map((r) => RESTORES[r]).join(', ')})` : '';
  return `${BEGIN}\n${command} || exit $?\n${END}${note}\n`;
}

function restoresOf(match: RegExpExecArray | null): Restore[] {
  const note = match?.[1] ?? '';
  return (Object.keys(RESTORES) as Restore[]).filter((r) => note.includes(RESTORES[r]));
}

/**
 * Adds (or updates) the block at the end of a hook script, keeping whatever the hook already does; creates
 * the script with `header` when there is none. The file ends up executable.
 */
export async function addShellBlock(file: string, command: string, header: string): Promise<ShellHookChange> {
  const existing = await readIfExists(file);
  const present = existing === undefined ? null : BLOCK.exec(existing);
  const disabled = existing !== undefined && !present && ((await stat(file)).mode & 0o111) === 0;
  const restores: Restore[] = present ? restoresOf(present) : [];
  if (existing && !present && !existing.endsWith('\n')) restores.push('newline');
  if (existing === '' && !present) restores.push('empty');
  if (disabled) restores.push('mode');
  const block = shellBlock(command, restores);
  let next: string;
  if (existing === undefined) next = `${header}${block}`;
  else if (present) next = existing.replace(BLOCK, block);
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
  return {
    changed,
    ...(stops ? { warning: `${file} has '${stops[0].trim()}' before the unleak block, so the block never runs; move the block above that line` } : {}),
    ...(disabled ? { madeExecutable: true } : {}),
  };
}

/**
 * Removes the block; deletes the file when nothing but `header` (or nothing) is left, as install created it,
 * unless the file was there and empty before install.
 */
export async function removeShellBlock(file: string, header: string): Promise<boolean> {
  const existing = await readIfExists(file);
  const present = existing === undefined ? null : BLOCK.exec(existing);
  if (existing === undefined || !present) return false;
  const restores = restoresOf(present);
  const rest = existing.replace(BLOCK, '');
  if (restores.includes('empty') && rest === '') {
    await writeFile(file, '', 'utf8');
  } else if (rest.trim() === '' || rest === header) {
    await rm(file);
    return true;
  } else {
    const atEnd = present.index + present[0].length === existing.length;
    await writeFile(file, restores.includes('newline') && atEnd && rest.endsWith('\n') ? rest.slice(0, -1) : rest, 'utf8');
  }
  if (restores.includes('mode')) await chmod(file, (await stat(file)).mode & ~0o111);
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
