import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { secretHash, type Detection, type PlanItem, type PlanMember } from '@unleak/core';
import { scan, type ScanConfig } from '@unleak/scanner';

/** A member found again in the current source, with its offsets in `text`. */
export interface LocatedMember {
  member: PlanMember;
  detection: Detection;
  start: number;
  end: number;
}

export interface SourceFile {
  file: string;
  text: string;
  /** The file's current detections (from a fresh scan). */
  detections: Detection[];
}

/** Re-reads and re-scans the given files (relative to root); absent files are left out. */
export async function readSources(root: string, files: string[], config?: ScanConfig): Promise<Map<string, SourceFile>> {
  const present = files.filter((f) => existsSync(join(root, f)));
  const out = new Map<string, SourceFile>();
  if (present.length === 0) return out;
  const { detections } = await scan({ root, paths: present, ...(config ? { config } : {}) });
  for (const file of present) {
    const text = await readFile(join(root, file), 'utf8');
    out.set(file, { file, text, detections: detections.filter((d) => d.file === file) });
  }
  return out;
}

export type MemberLookup =
  | { status: 'found'; located: LocatedMember }
  | { status: 'changed'; message: string }
  | { status: 'missing'; message: string };

/**
 * Finds a plan member in the file as it is now: a detection of the same rule and value (fingerprint), the
 * nearest to the planned line. The same place holding another value is `changed`; nothing there is `missing`
 * (already migrated, or edited away).
 */
export function locateMember(member: PlanMember, source: SourceFile | undefined, taken: Set<Detection>): MemberLookup {
  const at = `${member.file}:${member.line}`;
  if (!source) return { status: 'missing', message: `${at}: the file is gone` };
  const candidates = source.detections
    .filter((d) => !taken.has(d) && d.rule === member.rule && d.fingerprint === member.fingerprint)
    .sort((a, b) => distance(a, member) - distance(b, member));
  const d = candidates[0];
  if (d && secretHash(d.secret.reveal()) === member.secretHash) {
    const offsets = lineStarts(source.text);
    const start = (offsets[d.line - 1] ?? 0) + d.column - 1;
    const end = (offsets[d.endLine - 1] ?? 0) + d.endColumn - 1;
    return { status: 'found', located: { member, detection: d, start, end } };
  }
  const samePlace = source.detections.find((x) => x.rule === member.rule && x.line === member.line && x.column === member.column);
  if (samePlace) return { status: 'changed', message: `${at}: the value there changed since the plan was made (hash mismatch); re-run 'unleak migrate' to plan it again` };
  return { status: 'missing', message: `${at}: the planned value is no longer in the file` };
}

/** Every member of every item, looked up once, so two members never claim the same occurrence. */
export function locateItems(items: PlanItem[], sources: Map<string, SourceFile>): Map<PlanMember, MemberLookup> {
  const taken = new Set<Detection>();
  const out = new Map<PlanMember, MemberLookup>();
  for (const item of items) {
    for (const member of item.members) {
      const found = locateMember(member, sources.get(member.file), taken);
      if (found.status === 'found') taken.add(found.located.detection);
      out.set(member, found);
    }
  }
  return out;
}

export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function distance(d: Detection, m: PlanMember): number {
  return Math.abs(d.line - m.line) * 1000 + Math.abs(d.column - m.column);
}
