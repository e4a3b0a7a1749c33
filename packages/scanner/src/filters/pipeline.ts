import type { Detection } from '@unleak/core';
import type { Baseline } from '../baseline.js';
import type { ScanConfig } from '../config.js';
import { createAllowlist } from './allowlist.js';
import { createBaselineFilter } from './baseline-filter.js';
import { dedupe } from './dedupe.js';
import { inlineIgnoreReason } from './inline-ignore.js';
import { suppressed, type Pending, type Suppressed } from './pending.js';
import { placeholderReason } from './placeholder.js';
import { toDetection } from './redact.js';
import { sortFindings } from './sort.js';
import { lowerTestSensitivity } from './test-fixture.js';

export interface FilterOptions {
  isPlaceholder(value: string): boolean;
  config?: ScanConfig;
  baseline?: Baseline;
}

/**
 * The filters in their fixed order: placeholders → inline ignores → allowlist → baseline (per candidate,
 * while its lines are at hand) → dedupe → test fixtures → redact → sort (once, over the whole scan).
 */
export class FilterPipeline {
  private readonly allowlist: (p: Pending) => string | undefined;
  private readonly baseline: (p: Pending) => string | undefined;

  constructor(private readonly options: FilterOptions) {
    this.allowlist = createAllowlist(options.config);
    this.baseline = createBaselineFilter(options.baseline);
  }

  /** The first per-candidate step that suppresses `p`, or undefined to keep it. */
  screen(p: Pending, lines: () => { line: string; previous: string }): Suppressed | undefined {
    const placeholder = placeholderReason(p, this.options.isPlaceholder);
    if (placeholder) return suppressed(p, 'placeholder', placeholder);
    const inline = inlineIgnoreReason(lines());
    if (inline) return suppressed(p, 'inline-ignore', inline);
    const allowed = this.allowlist(p);
    if (allowed) return suppressed(p, 'allowlist', allowed);
    const known = this.baseline(p);
    if (known) return suppressed(p, 'baseline', known);
    return undefined;
  }

  finish(kept: Pending[]): { detections: Detection[]; suppressed: Suppressed[] } {
    const { kept: unique, dropped } = dedupe(kept);
    const detections = sortFindings(unique.map(lowerTestSensitivity).map(toDetection));
    return { detections, suppressed: dropped.map(({ item, reason }) => suppressed(item, 'duplicate', reason)) };
  }
}
