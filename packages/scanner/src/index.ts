import type { Detection } from '@unleak/core';
import { createDetector, type Detector } from './detect.js';
import { defaultKit } from './default-kit.js';
import { scanWith, type ScanOptions, type ScanResult } from './scan.js';
import type { Fragment, Candidate } from './types.js';

export type { Rule } from './rule.js';
export type { Fragment, Assignment, Extractor, Candidate } from './types.js';
export type { ScanOptions, ScanResult, ScanProgress } from './scan.js';
export type { DetectorKit, RuleMatch } from './detector-kit.js';
export type { Detector } from './detect.js';
export type { Suppressed, SuppressionStep } from './filters/pending.js';
export type { SkippedPath } from './sources/walk.js';
export { SUPPRESSION_STEPS } from './filters/pending.js';
export { RULES } from './rules/index.js';
export { RULE_TITLES } from './rule-titles.js';
export { scanWith } from './scan.js';
export { createDetector } from './detect.js';
export { parseScanConfig, EMPTY_SCAN_CONFIG, type ScanConfig } from './config.js';
export {
  DEFAULT_BASELINE_FILE,
  baselineOf,
  formatBaseline,
  parseBaseline,
  readBaseline,
  writeBaseline,
  type Baseline,
  type BaselineEntry,
} from './baseline.js';
export { isTestPath } from './test-path.js';
export { changedFiles, type ChangedFiles, type ChangedFilesRange } from './sources/changed-files.js';
export { sortFindings, compareFindings } from './filters/sort.js';

let detector: Detector | undefined;

/** The detector over the built-in rules: pure, one fragment in, candidates out (no filters applied). */
export function detect(fragment: Fragment): Candidate[] {
  detector ??= createDetector(defaultKit);
  return detector(fragment);
}

/** Scans a directory, explicit paths, the git index or history; returns redacted-safe detections. */
export function scan(options: ScanOptions): Promise<ScanResult> {
  return scanWith(options, defaultKit);
}

export type { Detection };
