import type { Detection } from '@unleak/core';
import { suppressed, type Suppressed } from '../filters/pending.js';
import { catFileObjects } from './cat-file.js';
import type { HistoryLog } from './history.js';

/**
 * The last step of a history scan, once every commit was read:
 *
 * - One finding per (fingerprint, file): the oldest commit that added the value, i.e. when it was first
 *   exposed. Later commits that add the same value to the same file again (a revert, a re-add, a copy on a
 *   merged branch) are suppressed as duplicates (`--verbose` lists them). gitleaks reports every
 *   (commit, file, line) and its users asked for one finding per secret with the oldest commit
 *   (gitleaks#1054); trufflehog's git scan keeps one per secret, so a copy into another file goes unreported
 *   (trufflehog#4672). Per file keeps each place that must be fixed; rotation needs the first exposure.
 * - `committedAt`: the author date of that commit.
 * - `inHead`: whether the value still occurs in the tip version of the file (HEAD, or the --branch tip).
 *   When git saw the file renamed after that commit, the tip versions under its later names are read too:
 *   a value that moved with its file is still in HEAD. A file deleted since does not hold it; a file that
 *   became binary is searched all the same (the bytes are still there). The tip blobs are read through one
 *   `git cat-file --batch`, one blob in memory at a time, and compared with the value the detection already
 *   holds; no copy of a value is kept.
 */
export async function settleHistory(
  root: string,
  found: { detections: Detection[]; suppressed: Suppressed[] },
  log: HistoryLog,
  signal?: AbortSignal,
): Promise<{ detections: Detection[]; suppressed: Suppressed[] }> {
  const keyOf = (d: Detection) => `${d.fingerprint}\0${d.file}`;
  const oldest = new Map<string, Detection>();
  for (const d of found.detections) {
    const seen = oldest.get(keyOf(d));
    if (!seen || log.ordinal(d.commit) > log.ordinal(seen.commit)) oldest.set(keyOf(d), d);
  }
  const kept: Detection[] = [];
  const duplicates: Suppressed[] = [];
  for (const d of found.detections) {
    const first = oldest.get(keyOf(d)) ?? d;
    if (first === d) kept.push(d);
    else duplicates.push(suppressed(d, 'duplicate', duplicateReason(d, first)));
  }
  const inHead = await valuesInTip(root, kept, log, signal);
  const detections = kept.map((d, i) => ({
    ...d,
    ...(d.context.committedAt ? { committedAt: d.context.committedAt } : {}),
    inHead: inHead[i] ?? false,
  }));
  return { detections, suppressed: [...found.suppressed, ...duplicates] };
}

function duplicateReason(d: Detection, first: Detection): string {
  return first.commit === d.commit
    ? `the same value is reported on line ${first.line} of ${d.file} in the same commit`
    : `the same value was added to ${d.file} earlier, in commit ${(first.commit ?? '').slice(0, 8)} (reported there)`;
}

/** For each detection, whether its value occurs in the tip version of its file (or of what the file became). */
async function valuesInTip(root: string, detections: Detection[], log: HistoryLog, signal?: AbortSignal): Promise<boolean[]> {
  const result = detections.map(() => false);
  if (!log.tip || detections.length === 0) return result;
  const readers = new Map<string, number[]>();
  detections.forEach((d, i) => {
    for (const path of laterNames(d, log)) {
      const list = readers.get(path);
      if (list) list.push(i);
      else readers.set(path, [i]);
    }
  });
  const paths = [...readers.keys()].filter((p) => !p.includes('\n'));
  const nameOf = (path: string) => `${log.tip}:./${path}`;
  const pathOf = new Map(paths.map((p) => [nameOf(p), p]));
  for await (const { name, blob } of catFileObjects(root, [...pathOf.keys()], signal)) {
    if (!blob) continue;
    for (const i of readers.get(pathOf.get(name) ?? '') ?? []) {
      if (!result[i] && blob.includes((detections[i] as Detection).secret.reveal())) result[i] = true;
    }
  }
  return result;
}

/** The detection's file and every name git saw it renamed to in commits after the detection's commit. */
function laterNames(d: Detection, log: HistoryLog): string[] {
  const names = [d.file];
  const since = log.ordinal(d.commit);
  // renames are in log order (newest first): walk them oldest first, from the detection's commit on
  for (let i = log.renames.length - 1; i >= 0; i--) {
    const r = log.renames[i];
    if (r && r.ordinal < since && names.includes(r.from) && !names.includes(r.to)) names.push(r.to);
  }
  return names;
}
