// Pure scoring for tools/eval: labels in, findings in, per-source counts out. No fs, no process.

/** A labels file that cannot be used; the message names the line and what it needs. */
export class LabelError extends Error {}

/**
 * One JSON object per line: {"source", "file" (relative to the corpus, forward slashes),
 * "positives": [1-based line numbers] | "any", "ignore"?: [lines], "note"?}. `"any"` makes the whole file one
 * positive unit (a multi-line sample); `[]` marks a file that must yield no finding; a finding on an `ignore`
 * line counts neither way (a line the labels leave open, e.g. a placeholder another scanner reports).
 * Blank lines and lines starting with `//` are skipped.
 */
export function parseLabels(text, origin = 'labels') {
  const labels = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('//')) return;
    let label;
    try {
      label = JSON.parse(line);
    } catch {
      throw new LabelError(`${origin}:${i + 1} is not JSON`);
    }
    const lines = (v) => Array.isArray(v) && v.every((n) => Number.isInteger(n) && n > 0);
    const ok =
      typeof label === 'object' &&
      label !== null &&
      typeof label.source === 'string' &&
      typeof label.file === 'string' &&
      (label.positives === 'any' || lines(label.positives)) &&
      (label.ignore === undefined || lines(label.ignore));
    if (!ok) throw new LabelError(`${origin}:${i + 1} needs "source", "file", "positives" ([line numbers] or "any") and optional "ignore" ([line numbers])`);
    labels.push(label);
  });
  return labels;
}

const covers = (finding, line) => finding.line <= line && line <= (finding.endLine ?? finding.line);

/**
 * Counts per source. A positive line is found when a finding spans it; a finding that spans no positive or
 * ignored line is one false positive per (file, line). Unlabelled files are not scored.
 */
export function score(labels, findings) {
  const byFile = new Map();
  for (const f of findings) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
  const sources = new Map();
  const bucket = (name) => {
    if (!sources.has(name)) sources.set(name, { tp: 0, fp: 0, fn: 0, misses: [], falsePositives: [] });
    return sources.get(name);
  };
  for (const label of labels) {
    const s = bucket(label.source);
    const found = byFile.get(label.file) ?? [];
    if (label.positives === 'any') {
      if (found.length > 0) s.tp++;
      else {
        s.fn++;
        s.misses.push({ file: label.file, line: 0, note: label.note });
      }
      continue;
    }
    for (const line of label.positives) {
      if (found.some((f) => covers(f, line))) s.tp++;
      else {
        s.fn++;
        s.misses.push({ file: label.file, line, note: label.note });
      }
    }
    const counted = new Set();
    for (const f of found) {
      if (label.positives.some((line) => covers(f, line))) continue;
      if ((label.ignore ?? []).some((line) => covers(f, line))) continue;
      if (counted.has(f.line)) continue;
      counted.add(f.line);
      s.fp++;
      s.falsePositives.push({ file: label.file, line: f.line, rule: f.rule, redacted: f.redacted, note: label.note });
    }
  }
  return sources;
}

export function metrics({ tp, fp, fn }) {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export function total(sources) {
  const sum = { tp: 0, fp: 0, fn: 0 };
  for (const s of sources.values()) {
    sum.tp += s.tp;
    sum.fp += s.fp;
    sum.fn += s.fn;
  }
  return sum;
}
