import { existsSync, statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { UsageError, type Detection } from '@unleak/core';
import type { AffectedReason, Workspace } from '@unleak/classifier';
import { changedFiles, type ScanResult } from '@unleak/scanner';
import { printable } from './format/report.js';
import type { Io } from './io.js';

/** What `--projects` and `--affected` asked for. */
export interface ProjectSelection {
  /** Comma-separated Nx project patterns (names, globs, `tag:x`, `!name`). */
  projects?: string;
  affected?: { base?: string; head?: string };
}

/** The part of an Nx workspace a scan covers: its root, the selected projects and their folders. */
export interface ProjectScope {
  /** The workspace root: findings are relative to it, as Nx paths are. */
  root: string;
  /** Project folders to read, relative to root; undefined when one selected project is the root itself. */
  paths?: string[];
  /** Selected project names; empty when nothing is affected. */
  selected: string[];
  workspace: Workspace;
}

/** The scan flags that scope a scan to projects. */
export interface ProjectFlags {
  projects?: string;
  affected?: boolean;
  base?: string;
  head?: string;
}

/**
 * The project scope the flags ask for, or undefined for a scan of paths. Whole projects are scanned, so
 * at most one PATH is taken: the workspace or a folder inside it (default: the current directory).
 */
export async function scopeFromFlags(flags: ProjectFlags, positionals: string[], io: Io, verbose: boolean): Promise<ProjectScope | undefined> {
  if (!flags.affected && (flags.base !== undefined || flags.head !== undefined)) {
    throw new UsageError(`${flags.base !== undefined ? '--base' : '--head'} needs --affected (e.g. --affected --base main)`);
  }
  if (flags.projects === undefined && !flags.affected) return undefined;
  const start = resolve(io.cwd, positionals[0] ?? '.');
  if (positionals.length > 1 || !existsSync(start) || !statSync(start).isDirectory()) {
    throw new UsageError(`--projects and --affected scan whole projects; pass at most one PATH, a directory in the Nx workspace (got ${positionals.join(' ')})`);
  }
  const affected = flags.affected ? { ...(flags.base !== undefined ? { base: flags.base } : {}), ...(flags.head !== undefined ? { head: flags.head } : {}) } : undefined;
  return resolveProjectScope(start, { ...(flags.projects !== undefined ? { projects: flags.projects } : {}), ...(affected ? { affected } : {}) }, io, verbose);
}

/** The result of scanning nothing, when no project is affected. */
export function nothingScanned(): ScanResult {
  return { detections: [], suppressed: [], skipped: [], stats: { files: 0, bytes: 0, ms: 0 } };
}

/** Nx reads `nx.json` `defaultBase` when `--base` is missing, else `main`. */
const NX_DEFAULT_BASE = 'main';
const LISTED_PROJECTS = 30;

/**
 * The projects a scoped scan covers, from `--projects` and/or `--affected` (both given: the affected ones
 * among the named). `start` is the scanned directory: the workspace is the nearest folder holding nx.json,
 * from there up. With `verbose`, says on stderr which projects were chosen and why.
 */
export async function resolveProjectScope(start: string, selection: ProjectSelection, io: Io, verbose: boolean): Promise<ProjectScope> {
  const { didYouMean, findWorkspaceRoot, matchProjects, readWorkspace, affectedProjects } = await import('@unleak/classifier');
  const flag = selection.projects !== undefined ? '--projects' : '--affected';
  const root = findWorkspaceRoot(start);
  // Imports between sources matter only to what is affected, and reading every source file costs.
  const workspace = root === undefined ? undefined : readWorkspace(root, { sourceImports: selection.affected !== undefined });
  if (!workspace) {
    throw new UsageError(`${flag} needs an Nx workspace (nx.json in '${start}' or a folder above it) and found none; scan folders by path instead (unleak scan apps/api)`);
  }
  const names = workspace.projects.map((p) => p.name).sort();
  if (names.length === 0) throw new UsageError(`the Nx workspace at '${workspace.root}' has no projects (no project.json, no workspace package.json); scan it without ${flag}`);
  if (verbose) io.stderr(`unleak: Nx workspace ${workspace.root}: ${names.length} ${names.length === 1 ? 'project' : 'projects'}\n`);

  let selected = names;
  const why = new Map<string, string>();
  if (selection.projects !== undefined) {
    const patterns = selection.projects.split(',').map((p) => p.trim()).filter((p) => p !== '');
    if (patterns.length === 0) throw new UsageError(`--projects needs project names, e.g. --projects ${names.slice(0, 2).join(',')}`);
    const { matched, unmatched } = matchProjects(patterns, workspace.projects);
    const unknown = unmatched[0];
    if (unknown !== undefined) {
      const bare = unknown.replace(/^!/, '');
      throw new UsageError(`--projects: no project matches '${unknown}'${didYouMean(bare, names)}; known projects: ${listed(names)}`);
    }
    selected = matched;
    for (const name of matched) why.set(name, `named by --projects ${patterns.join(',')}`);
  }
  if (selection.affected) {
    const base = selection.affected.base ?? workspace.defaultBase ?? NX_DEFAULT_BASE;
    const baseFrom = selection.affected.base !== undefined ? 'given to --base' : workspace.defaultBase !== undefined ? 'named by nx.json defaultBase (or pass --base)' : 'used when --base is missing and nx.json has no defaultBase (or pass --base)';
    const { mergeBase, files } = await changedFiles(workspace.root, { base, baseFrom, ...(selection.affected.head !== undefined ? { head: selection.affected.head } : {}) });
    const { affected, unowned } = affectedProjects(workspace, files);
    const against = `${selection.affected.base === undefined ? `${base} (nx.json defaultBase, else main)` : base} (merge base ${mergeBase.slice(0, 8)})`;
    const to = selection.affected.head ?? 'the working tree (HEAD, uncommitted and untracked files)';
    if (verbose) io.stderr(`unleak: ${files.length} changed ${files.length === 1 ? 'file' : 'files'} from ${against} to ${to}\n`);
    selected = selected.filter((name) => affected.has(name));
    for (const name of selected) why.set(name, describe(affected.get(name) as AffectedReason));
    if (verbose) for (const file of unowned) io.stderr(`unleak: ${printable(file)} changed but belongs to no project (not scanned; --diff scans changed lines anywhere)\n`);
    if (selected.length === 0) io.stderr(`unleak: no affected projects since ${base}; nothing to scan\n`);
  }
  if (verbose) for (const name of selected) io.stderr(`unleak: project ${printable(name)}: ${printable(why.get(name) ?? 'selected')}\n`);
  const roots = workspace.projects.filter((p) => selected.includes(p.name)).map((p) => p.root);
  return { root: workspace.root, ...(roots.includes('') ? {} : { paths: roots }), selected, workspace };
}

function describe(reason: AffectedReason): string {
  if (reason.kind === 'changed') return `affected: ${reason.file} changed`;
  if (reason.kind === 'dependency') return `affected: depends on ${reason.on}`;
  return `affected: workspace-wide ${reason.file} changed`;
}

function listed(names: string[]): string {
  const shown = names.slice(0, LISTED_PROJECTS).join(', ');
  return names.length > LISTED_PROJECTS ? `${shown} … and ${names.length - LISTED_PROJECTS} more` : shown;
}

/**
 * Each detection with the Nx project owning its file, when `scanRoot` is in an Nx workspace with
 * projects (unchanged otherwise); with a scope, only the detections of its selected projects (a project
 * nested in a selected one is not selected with it).
 */
export async function withProjects<T extends Detection>(detections: T[], scanRoot: string, scope?: ProjectScope): Promise<T[]> {
  if (detections.length === 0) return detections;
  const { findWorkspaceRoot, readWorkspace, projectOwner } = await import('@unleak/classifier');
  const root = scope?.root ?? findWorkspaceRoot(scanRoot);
  const workspace = scope?.workspace ?? (root === undefined ? undefined : readWorkspace(root));
  if (root === undefined || !workspace || workspace.projects.length === 0) return detections;
  const owner = projectOwner(workspace);
  const prefix = relative(root, resolve(scanRoot)).split(sep).join('/');
  const attributed = detections.map((d) => {
    const project = owner(prefix === '' ? d.file : `${prefix}/${d.file}`);
    return project === undefined ? d : { ...d, project };
  });
  return scope ? attributed.filter((d) => d.project !== undefined && scope.selected.includes(d.project)) : attributed;
}
