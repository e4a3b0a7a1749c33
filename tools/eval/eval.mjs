#!/usr/bin/env node
// Precision / recall / F1 of `unleak scan` on a labelled corpus that lives outside the repository.
// It downloads nothing and holds no secrets: it reads a corpus directory and a labels file (see README.md),
// runs the built CLI once over the directory, and compares findings with the labels line by line.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { LabelError, metrics, parseLabels, score, total } from './score.mjs';

const USAGE = 'usage: node tools/eval/eval.mjs --corpus <dir> --labels <labels.jsonl> [--bin <unleak.js>] [--source <name>] [--quiet]';
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

function fail(message) {
  process.stderr.write(`eval: ${message}\n`);
  process.exit(2);
}

let options;
try {
  ({ values: options } = parseArgs({
    options: {
      corpus: { type: 'string' },
      labels: { type: 'string' },
      bin: { type: 'string', default: join(repoRoot, 'apps/cli/bin/unleak.js') },
      source: { type: 'string' },
      quiet: { type: 'boolean', default: false },
    },
    strict: true,
  }));
} catch (error) {
  fail(`${error.message}\n${USAGE}`);
}
if (!options.corpus || !options.labels) fail(USAGE);

const labels = readLabels(resolve(options.labels)).filter((l) => !options.source || l.source === options.source);
if (labels.length === 0) fail(`no labels in ${options.labels}${options.source ? ` for source '${options.source}'` : ''}`);
const sources = score(labels, scan(resolve(options.corpus), options.bin));
process.stdout.write(report(sources, options.quiet));

function readLabels(path) {
  let text;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    fail(`cannot read labels file ${path}; pass --labels <file.jsonl>`);
  }
  try {
    return parseLabels(text, path);
  } catch (error) {
    if (error instanceof LabelError) fail(error.message);
    throw error;
  }
}

function scan(corpus, bin) {
  const run = spawnSync(process.execPath, [bin, 'scan', corpus, '--format', 'json'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (run.status !== 0 && run.status !== 1) fail(`scanner exited ${run.status}: ${(run.stderr || '').trim().split('\n')[0]}`);
  try {
    return JSON.parse(run.stdout).findings;
  } catch {
    fail('scanner did not print JSON; build it first with `npx nx run @unleak/cli:build`');
  }
}

function row(name, counts) {
  const m = metrics(counts);
  const n = (x) => String(x).padStart(4);
  return `${name.padEnd(22)} tp=${n(counts.tp)} fp=${n(counts.fp)} fn=${n(counts.fn)}  precision=${m.precision.toFixed(3)} recall=${m.recall.toFixed(3)} F1=${m.f1.toFixed(3)}`;
}

/** Lines of the labelled files are never printed: only paths, line numbers, rule ids and redacted values. */
function report(sources, quiet) {
  const lines = [...sources].sort(([a], [b]) => a.localeCompare(b)).map(([name, s]) => row(name, s));
  lines.push(row('overall', total(sources)));
  if (!quiet) {
    const falsePositives = [...sources.values()].flatMap((s) => s.falsePositives);
    lines.push('', `false positives by rule (${falsePositives.length}):`);
    const byRule = new Map();
    for (const f of falsePositives) byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), f]);
    for (const [rule, list] of [...byRule].sort((a, b) => b[1].length - a[1].length)) {
      lines.push(`  ${rule} (${list.length})`);
      for (const f of list) lines.push(`    ${f.file}:${f.line}  ${f.redacted}${f.note ? `  [${f.note}]` : ''}`);
    }
    const misses = [...sources.values()].flatMap((s) => s.misses);
    lines.push('', `misses by expected rule (${misses.length}):`);
    const byNote = new Map();
    for (const m of misses) byNote.set(m.note ?? '(no note)', [...(byNote.get(m.note ?? '(no note)') ?? []), m]);
    for (const [note, list] of [...byNote].sort((a, b) => b[1].length - a[1].length)) {
      lines.push(`  ${note} (${list.length})`);
      for (const m of list) lines.push(`    ${m.file}${m.line ? `:${m.line}` : ''}`);
    }
  }
  return lines.join('\n') + '\n';
}
