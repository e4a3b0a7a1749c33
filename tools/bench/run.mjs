#!/usr/bin/env node
// Scanner benchmark: unleak vs secretlint 13 (recommended preset) on the same generated monorepo, in one
// run. Measures wall time → MB/s, peak RSS, recall of planted secrets and the share of decoys flagged, then
// prints a table and writes tools/bench/RESULTS.md.
//
//   npm run bench -- [--size 20mb|200mb] [--seed bench] [--only unleak|secretlint] [--repeat N] [--regenerate]
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync, openSync, closeSync, rmSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { GENERATOR_VERSION, generateCorpus } from './corpus.mjs';

const BENCH = fileURLToPath(new URL('.', import.meta.url));
const ROOT = join(BENCH, '..', '..');
const PEER = join(BENCH, 'peer');
const PEER_PACKAGES = ['secretlint@13.0.6', '@secretlint/secretlint-rule-preset-recommend@13.1.0'];
const TARGETS = { speedup: 10, recall: 0.99, decoyRate: 0.02, rssMb: 400 };
const MB = 1024 * 1024;

// ---------------------------------------------------------------------------------------------- setup

function corpusFor(size, seed, regenerate) {
  const dir = join(BENCH, '.work', `${size}-${seed}`);
  const manifestPath = join(dir, 'manifest.json');
  if (!regenerate && existsSync(manifestPath)) {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    if (manifest.generatorVersion === GENERATOR_VERSION) return { repo: join(dir, 'repo'), manifest };
  }
  const started = Date.now();
  process.stdout.write(`generating ${size} corpus (seed '${seed}')… `);
  const manifest = generateCorpus({ size, out: dir, seed });
  // The corpus is a repository of its own, as a monorepo would be; otherwise the enclosing unleak checkout's
  // .gitignore (which ignores tools/bench/.work/) would apply to it.
  const git = spawnSync('git', ['init', '--quiet', join(dir, 'repo')], { encoding: 'utf8' });
  if (git.status !== 0) throw new Error(`git init of the corpus failed: ${(git.stderr || '').trim().split('\n')[0]}; install git`);
  process.stdout.write(`${manifest.files} files in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  return { repo: join(dir, 'repo'), manifest };
}

function ensurePeer() {
  const bin = join(PEER, 'node_modules', 'secretlint', 'bin', 'secretlint.js');
  const installed = existsSync(bin) && JSON.parse(readFileSync(join(PEER, 'node_modules', 'secretlint', 'package.json'), 'utf8')).version === '13.0.6';
  if (!installed) {
    mkdirSync(PEER, { recursive: true });
    writeFileSync(join(PEER, 'package.json'), '{ "private": true, "description": "benchmark peer, installed by tools/bench/run.mjs" }\n');
    process.stdout.write(`installing ${PEER_PACKAGES.join(' ')} into tools/bench/peer… `);
    const npm = spawnSync('npm', ['install', '--prefix', PEER, '--no-save', '--no-audit', '--no-fund', ...PEER_PACKAGES], { encoding: 'utf8' });
    if (npm.status !== 0) throw new Error(`npm install of the benchmark peer failed: ${(npm.stderr || npm.stdout).trim().split('\n').slice(-1)[0]}`);
    process.stdout.write('done\n');
  }
  const rc = join(PEER, '.secretlintrc.json');
  writeFileSync(rc, JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }, null, 2) + '\n');
  return { bin, rc };
}

// ---------------------------------------------------------------------------------------------- measuring

const hasGnuTime = existsSync('/usr/bin/time');

/**
 * Runs a command with stdout to a file; returns wall ms, CPU seconds (user + system, when GNU time is
 * there), exit code, peak RSS (MB) and stderr's first line.
 */
function measure(cmd, args, { cwd, stdoutFile }) {
  return new Promise((resolvePromise) => {
    const timeFile = `${stdoutFile}.time`;
    rmSync(timeFile, { force: true });
    const out = openSync(stdoutFile, 'w');
    const [file, argv] = hasGnuTime ? ['/usr/bin/time', ['-v', '-o', timeFile, cmd, ...args]] : [cmd, args];
    const started = process.hrtime.bigint();
    const child = spawn(file, argv, { cwd, stdio: ['ignore', out, 'pipe'], env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
    let stderr = '';
    child.stderr.on('data', (d) => { if (stderr.length < 4096) stderr += d; });
    let peakKb = 0;
    const poll = hasGnuTime ? undefined : setInterval(() => {
      try {
        const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) peakKb = Math.max(peakKb, Number(m[1]));
      } catch { /* the process has exited */ }
    }, 20);
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      if (poll) clearInterval(poll);
      closeSync(out);
      let exitCode = code;
      let cpuS = NaN;
      if (hasGnuTime && existsSync(timeFile)) {
        const report = readFileSync(timeFile, 'utf8');
        peakKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(report)?.[1] ?? 0);
        cpuS = Number(/User time \(seconds\): ([\d.]+)/.exec(report)?.[1] ?? NaN) + Number(/System time \(seconds\): ([\d.]+)/.exec(report)?.[1] ?? NaN);
        const status = /Exit status: (\d+)/.exec(report);
        if (status) exitCode = Number(status[1]);
      }
      resolvePromise({ ms, cpuS, exitCode, rssMb: peakKb / 1024, stderr: stderr.trim().split('\n')[0] ?? '' });
    });
  });
}

// ---------------------------------------------------------------------------------------------- scoring

/** Findings as `file → lines`, from each tool's JSON. */
function unleakFindings(path) {
  const report = JSON.parse(readFileSync(path, 'utf8'));
  return { hits: report.findings.map((f) => ({ file: f.file, line: f.line, endLine: f.endLine ?? f.line, rule: f.rule })), stats: report.stats };
}

function secretlintFindings(path, repo) {
  const results = JSON.parse(readFileSync(path, 'utf8'));
  const hits = [];
  for (const result of results) {
    const file = relative(repo, result.filePath).split(sep).join('/');
    for (const m of result.messages ?? []) {
      const line = m.loc?.start?.line;
      if (line !== undefined) hits.push({ file, line, endLine: m.loc?.end?.line ?? line, rule: m.ruleId });
    }
  }
  return { hits };
}

function score(manifest, hits) {
  const byFile = new Map();
  for (const h of hits) {
    if (!byFile.has(h.file)) byFile.set(h.file, []);
    byFile.get(h.file).push(h);
  }
  const overlaps = (file, line, endLine) => (byFile.get(file) ?? []).some((h) => h.line <= endLine && h.endLine >= line);
  const missed = manifest.planted.filter((p) => !overlaps(p.file, p.line, p.endLine));
  const flagged = manifest.decoys.filter((d) => overlaps(d.file, d.line, d.line));
  const labelled = [...manifest.planted, ...manifest.decoys];
  const unlabelled = hits.filter((h) => !labelled.some((x) => x.file === h.file && h.line <= (x.endLine ?? x.line) && h.endLine >= x.line));
  const count = (items, key) => Object.entries(items.reduce((acc, x) => ({ ...acc, [x[key]]: (acc[x[key]] ?? 0) + 1 }), {})).sort((a, b) => b[1] - a[1]);
  return {
    recall: 1 - missed.length / manifest.planted.length,
    decoyRate: flagged.length / manifest.decoys.length,
    missedByRecipe: count(missed, 'recipe'),
    flaggedByKind: count(flagged, 'kind'),
    findings: hits.length,
    unlabelled: unlabelled.length,
  };
}

// ---------------------------------------------------------------------------------------------- main

async function runTool(name, manifest, repo, work, peer) {
  if (name === 'unleak') {
    const cli = join(ROOT, 'apps', 'cli', 'bin', 'unleak.js');
    const stdoutFile = join(work, 'unleak.json');
    const run = await measure(process.execPath, [cli, 'scan', repo, '--format', 'json'], { cwd: ROOT, stdoutFile });
    if (run.exitCode !== 0 && run.exitCode !== 1) return { name, error: `exit ${run.exitCode}: ${run.stderr}` };
    try {
      const { hits, stats } = unleakFindings(stdoutFile);
      return { name, ...run, ...score(manifest, hits), toolBytes: stats?.bytes };
    } catch (e) {
      return { name, error: `unreadable --format json output: ${e.message}` };
    }
  }
  const stdoutFile = join(work, 'secretlint.out');
  const outputFile = join(work, 'secretlint.json');
  rmSync(outputFile, { force: true });
  const args = [peer.bin, '**/*', '**/.*', '--format', 'json', '--output', outputFile, '--maskSecrets', '--no-color', '--secretlintrc', peer.rc, '--secretlintignore', join(repo, '.gitignore')];
  const run = await measure(process.execPath, args, { cwd: repo, stdoutFile });
  if (!existsSync(outputFile)) return { name, error: `exit ${run.exitCode}, no report: ${run.stderr}` };
  try {
    return { name, ...run, ...score(manifest, secretlintFindings(outputFile, repo).hits) };
  } catch (e) {
    return { name, error: `unreadable --format json output: ${e.message}` };
  } finally {
    // secretlint's JSON embeds each file's full content (`sourceContent`), values included; keep no copy.
    rmSync(outputFile, { force: true });
  }
}

function table(results, manifest) {
  const mb = manifest.scannedBytes / MB;
  const rows = [['tool', 'wall s', 'MB/s', 'CPU s', 'MB/CPU-s', 'peak RSS MB', 'recall', 'decoys flagged', 'findings', 'unlabelled']];
  for (const r of results) {
    if (r.error) rows.push([r.name, 'error', r.error, '', '', '', '', '', '', '']);
    else rows.push([r.name, (r.ms / 1000).toFixed(2), (mb / (r.ms / 1000)).toFixed(1), r.cpuS.toFixed(2), (mb / r.cpuS).toFixed(1), r.rssMb.toFixed(0), `${(r.recall * 100).toFixed(1)}%`, `${(r.decoyRate * 100).toFixed(1)}%`, String(r.findings), String(r.unlabelled)]);
  }
  return rows;
}

function markdown(rows) {
  const [head, ...body] = rows;
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...body.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

function plain(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  return rows.map((r) => r.map((c, i) => String(c).padEnd(widths[i])).join('  ')).join('\n');
}

function verdicts(results) {
  const u = results.find((r) => r.name === 'unleak' && !r.error);
  const s = results.find((r) => r.name === 'secretlint' && !r.error);
  if (!u) return ['unleak did not produce a report; no verdict.'];
  const lines = [];
  if (s) {
    const cpu = Number.isFinite(s.cpuS / u.cpuS) ? `, ${(s.cpuS / u.cpuS).toFixed(1)}× by CPU time` : '';
    lines.push(`throughput ${(s.ms / u.ms).toFixed(1)}× secretlint by wall time${cpu} (target ≥ ${TARGETS.speedup}×): ${s.ms / u.ms >= TARGETS.speedup ? 'met' : 'NOT met'}`);
  }
  lines.push(`recall ${(u.recall * 100).toFixed(1)}% (target ≥ ${TARGETS.recall * 100}%): ${u.recall >= TARGETS.recall ? 'met' : 'NOT met'}`);
  lines.push(`decoys flagged ${(u.decoyRate * 100).toFixed(1)}% (target ≤ ${TARGETS.decoyRate * 100}%): ${u.decoyRate <= TARGETS.decoyRate ? 'met' : 'NOT met'}`);
  lines.push(`peak RSS ${u.rssMb.toFixed(0)} MB (target ≤ ${TARGETS.rssMb} MB): ${u.rssMb <= TARGETS.rssMb ? 'met' : 'NOT met'}`);
  return lines;
}

async function main() {
  const { values } = parseArgs({
    options: {
      size: { type: 'string', default: '20mb' },
      seed: { type: 'string', default: 'bench' },
      only: { type: 'string' },
      repeat: { type: 'string', default: '1' },
      regenerate: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.only && !['unleak', 'secretlint'].includes(values.only)) throw new Error(`--only '${values.only}' is not a tool; use unleak or secretlint`);
  const repeat = Number(values.repeat);
  if (!Number.isInteger(repeat) || repeat < 1 || repeat > 20) throw new Error(`--repeat '${values.repeat}' is not a run count; use a whole number from 1 to 20`);
  const loadAtStart = loadavg();
  const { repo, manifest } = corpusFor(values.size, values.seed, values.regenerate);
  const work = join(BENCH, '.work', `${values.size}-${values.seed}`);
  const tools = values.only ? [values.only] : ['unleak', 'secretlint'];
  const peer = tools.includes('secretlint') ? ensurePeer() : undefined;

  // With --repeat the tools take turns, so both see the same spells of load; each is reported by its median run.
  const runs = new Map(tools.map((tool) => [tool, []]));
  for (let round = 1; round <= repeat; round++) {
    for (const tool of tools) {
      process.stdout.write(`running ${tool}${repeat > 1 ? ` (${round}/${repeat})` : ''}… `);
      const result = await runTool(tool, manifest, repo, work, peer);
      process.stdout.write(result.error ? `failed (${result.error})\n` : `${(result.ms / 1000).toFixed(1)} s\n`);
      runs.get(tool).push(result);
    }
  }
  const results = tools.map((tool) => medianRun(runs.get(tool)));

  const rows = table(results, manifest);
  const corpusLine = `corpus: ${values.size}, seed '${values.seed}': ${manifest.files} files, ${(manifest.bytes / MB).toFixed(1)} MB on disk, ${(manifest.scannedBytes / MB).toFixed(1)} MB not git-ignored (the MB/s basis), ${manifest.planted.length} planted secrets, ${manifest.decoys.length} decoys`;
  const loadAtEnd = loadavg();
  const machine = `machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 1024 ** 3).toFixed(0)} GB, node ${process.version}, load average at start ${loadAtStart.map((l) => l.toFixed(1)).join(' ')}, at end ${loadAtEnd.map((l) => l.toFixed(1)).join(' ')}`;
  const misses = results.filter((r) => !r.error).map((r) => `${r.name}: missed ${r.missedByRecipe.map(([k, n]) => `${k} ×${n}`).join(', ') || 'none'}; decoys flagged ${r.flaggedByKind.map(([k, n]) => `${k} ×${n}`).join(', ') || 'none'}`);
  const spread = repeat > 1 ? [`${repeat} runs each, taking turns; the table shows each tool's median run by wall time. ${results.map(runSpread).join('; ')}`] : [];
  console.log(`\n${corpusLine}\n${machine}\n${spread.map((l) => `${l}\n`).join('')}\n${plain(rows)}\n\n${verdicts(results).join('\n')}\n\n${misses.join('\n')}`);

  const md = [
    '# Scanner benchmark results',
    '',
    `Generated by \`npm run bench -- --size ${values.size}${repeat > 1 ? ` --repeat ${repeat}` : ''}\` (tools/bench/run.mjs) on ${new Date().toISOString().slice(0, 10)}.`,
    '',
    `- ${corpusLine}`,
    `- ${machine}`,
    ...spread.map((l) => `- ${l}`),
    `- peers: ${PEER_PACKAGES.join(', ')} (recommended preset), run as \`secretlint "**/*" "**/.*" --secretlintignore .gitignore\``,
    '- MB/s = bytes not git-ignored / wall time of the whole process (start-up included); MB/CPU-s divides by user + system CPU time instead, which varies less on a shared machine (a load average above the core count means the wall times are inflated); peak RSS from `/usr/bin/time -v` (or /proc VmHWM).',
    '- recall: a planted secret counts as found when a finding of the tool is on its line (or inside its PEM block); decoys: placeholders, documentation examples, env lookups, hashes, UUIDs, lockfile integrity and values under git-ignored paths.',
    '',
    markdown(rows),
    '',
    ...verdicts(results).map((l) => `- ${l}`),
    '',
    '## Misses and flagged decoys',
    '',
    ...misses.map((l) => `- ${l}`),
    '',
  ].join('\n');
  // RESULTS.md is the side-by-side record; a single-tool run (--only) just prints.
  if (tools.length === 2) {
    writeFileSync(join(BENCH, 'RESULTS.md'), md + keptHistory(join(BENCH, 'RESULTS.md')));
    console.log('\nwrote tools/bench/RESULTS.md');
  }
}

/** The run with the median wall time (the lower middle for an even count), carrying every run's times; the first error if any run failed. */
function medianRun(list) {
  const failed = list.find((r) => r.error);
  if (failed) return failed;
  const sorted = [...list].sort((a, b) => a.ms - b.ms);
  return { ...sorted[Math.floor((sorted.length - 1) / 2)], walls: list.map((r) => r.ms / 1000), cpus: list.map((r) => r.cpuS) };
}

function runSpread(r) {
  if (r.error || !r.walls) return `${r.name}: failed`;
  const range = (xs) => `${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)} s`;
  return `${r.name}: wall ${range(r.walls)}, CPU ${range(r.cpus)}`;
}

/** The hand-written `## History` section of the previous RESULTS.md (earlier runs, what changed), kept as is. */
function keptHistory(path) {
  if (!existsSync(path)) return '';
  const previous = readFileSync(path, 'utf8');
  const at = previous.indexOf('\n## History\n');
  return at === -1 ? '' : previous.slice(at);
}

main().catch((e) => {
  console.error(`bench: ${e.message}`);
  process.exitCode = 2;
});
