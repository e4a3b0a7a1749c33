#!/usr/bin/env node
// Pre-commit latency: `unleak scan --staged` on a typical commit (10 staged files of mixed kinds) against a
// bare `node -e 0` on the same machine, interleaved run by run so both see the same load. Prints a table and
// records it in tools/bench/STAGED.md (latest run on top, one line per run under "## History").
//
//   npm run bench:staged -- [--runs 40] [--no-write]
//
// Target (issue 7): median ≤ 6× node -e 0. Not a test: wall times depend on the machine and its load.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const BENCH = fileURLToPath(new URL('.', import.meta.url));
const ROOT = join(BENCH, '..', '..');
const BIN = join(ROOT, 'apps', 'cli', 'bin', 'unleak.js');
const REPORT = join(BENCH, 'STAGED.md');
const TARGET_RATIO = 6;
const WARMUP = 3;

const { values } = parseArgs({ options: { runs: { type: 'string', default: '40' }, 'no-write': { type: 'boolean' } } });
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 5) {
  console.error(`--runs '${values.runs}' must be a whole number ≥ 5`);
  process.exit(2);
}
if (!existsSync(join(ROOT, 'apps', 'cli', 'dist', 'main.js'))) {
  console.error('the CLI is not built; run `node apps/cli/build.mjs` (npm run bench:staged does)');
  process.exit(2);
}

/** A fake AWS key id, made at run time so no credential-shaped literal lives in the repository. */
const fakeKeyId = () => 'AK' + 'IA' + [...randomBytes(16)].map((b) => 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'[b % 32]).join('');

/** Ten files a typical commit touches: code, config, docs, infrastructure. */
function commitFiles(withSecret) {
  const files = {
    'src/server.ts': `import express from 'express';\n\nconst app = express();\napp.get('/health', (_req, res) => res.json({ ok: true }));\napp.listen(Number(process.env.PORT ?? 3000));\n`.repeat(8),
    'src/util/format.js': `export function formatPrice(cents, currency = 'EUR') {\n  return new Intl.NumberFormat('en', { style: 'currency', currency }).format(cents / 100);\n}\n`.repeat(10),
    'api/handlers.py': `import os\n\n\ndef handler(event, context):\n    table = os.environ["TABLE_NAME"]\n    return {"statusCode": 200, "body": table}\n`.repeat(8),
    'cmd/worker/main.go': `package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("worker started")\n}\n`.repeat(6),
    'deploy/values.yaml': `replicaCount: 2\nimage:\n  repository: ghcr.io/acme/api\n  tag: "1.4.2"\nresources:\n  limits:\n    cpu: 500m\n    memory: 256Mi\n`,
    'config/app.json': `${JSON.stringify({ port: 8080, logLevel: 'info', features: { search: true, export: false }, retries: 3 }, null, 2)}\n`,
    'infra/main.tf': `resource "aws_s3_bucket" "assets" {\n  bucket = "acme-assets"\n  tags = { team = "web" }\n}\n`,
    'Dockerfile': `FROM node:20-alpine\nWORKDIR /app\nCOPY . .\nRUN npm ci --omit=dev\nCMD ["node", "dist/server.js"]\n`,
    'docs/CHANGELOG.md': `# Changelog\n\n## 1.4.2\n\n- Faster health checks.\n- Prices in the user's currency.\n`.repeat(5),
    '.env.example': `PORT=3000\nTABLE_NAME=orders\nLOG_LEVEL=info\n`,
  };
  if (withSecret) files['src/util/format.js'] += `\nexport const uploadKeyId = '${fakeKeyId()}';\n`;
  return files;
}

function git(cwd, ...args) {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' } });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${r.stderr.trim().split('\n')[0]}`);
}

function stagedRepo(withSecret) {
  const dir = mkdtempSync(join(tmpdir(), 'unleak-bench-staged-'));
  git(dir, 'init', '--quiet');
  for (const [rel, text] of Object.entries(commitFiles(withSecret))) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  git(dir, 'add', '.');
  return dir;
}

function timed(command, args, cwd) {
  const started = process.hrtime.bigint();
  const r = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  return { ms, status: r.status, stderr: r.stderr };
}

function quantile(sorted, q) {
  const i = Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
  return sorted[Math.max(0, i)];
}

function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: quantile(sorted, 0.5), p95: quantile(sorted, 0.95) };
}

const scenarios = [
  { name: 'clean commit', withSecret: false, expectStatus: 0 },
  { name: 'commit with 1 fake key', withSecret: true, expectStatus: 1 },
];
const repos = scenarios.map((s) => stagedRepo(s.withSecret));
const load = loadavg()[0];
const samples = { node: [], ...Object.fromEntries(scenarios.map((s) => [s.name, []])) };
let scanned = '';
try {
  for (let i = 0; i < WARMUP + runs; i++) {
    const node = timed(process.execPath, ['-e', '0'], repos[0]);
    if (i >= WARMUP) samples.node.push(node.ms);
    scenarios.forEach((s, j) => {
      const r = timed(process.execPath, [BIN, 'scan', '--staged'], repos[j]);
      if (r.status !== s.expectStatus) throw new Error(`unleak scan --staged (${s.name}) exited ${r.status}, expected ${s.expectStatus}: ${r.stderr.trim().split('\n')[0]}`);
      if (j === 0) scanned = /scanned [^\n]*? in/.exec(r.stderr)?.[0].replace(/ in$/, '') ?? scanned;
      if (i >= WARMUP) samples[s.name].push(r.ms);
    });
  }
} finally {
  for (const dir of repos) rmSync(dir, { recursive: true, force: true });
}

const base = stats(samples.node);
const rows = [
  { what: '`node -e 0`', ...base, ratio: 1 },
  ...scenarios.map((s) => {
    const st = stats(samples[s.name]);
    return { what: `\`unleak scan --staged\`, ${s.name}`, ...st, ratio: st.median / base.median };
  }),
];
const worst = Math.max(...rows.map((r) => r.ratio));
const verdict = worst <= TARGET_RATIO ? 'met' : 'MISSED';
const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'cpu'}, Node ${process.version}, load ${load.toFixed(2)}`;
const date = new Date().toISOString().slice(0, 16).replace('T', ' ');

const table = [
  '| command | median | p95 | median ÷ node -e 0 |',
  '| --- | ---: | ---: | ---: |',
  ...rows.map((r) => `| ${r.what} | ${r.median.toFixed(0)} ms | ${r.p95.toFixed(0)} ms | ${r.ratio.toFixed(1)}× |`),
].join('\n');
console.log(`\n${table}\n\n${runs} interleaved runs each (after ${WARMUP} warm-up), ${scanned}; ${machine}`);
console.log(`target median ≤ ${TARGET_RATIO}× node -e 0: ${verdict} (worst ${worst.toFixed(1)}×)`);

if (!values['no-write']) {
  const previous = existsSync(REPORT) ? readFileSync(REPORT, 'utf8') : '';
  const history = previous.includes('\n## History\n') ? previous.slice(previous.indexOf('\n## History\n') + '\n## History\n'.length).trim() : '';
  const entry = `- ${date} UTC: ${rows.slice(1).map((r) => `${r.median.toFixed(0)} ms (${r.ratio.toFixed(1)}×)`).join(', ')} vs node -e 0 ${base.median.toFixed(0)} ms; ${machine}`;
  const text = `# Pre-commit latency

\`npm run bench:staged\` (tools/bench/staged.mjs): a temporary git repository with 10 staged files of mixed
kinds (TypeScript, JavaScript, Python, Go, YAML, JSON, Terraform, Dockerfile, Markdown, .env), scanned with the
built CLI as a commit hook runs it, interleaved with a bare \`node -e 0\`. Target (issue 7): median ≤ ${TARGET_RATIO}×
\`node -e 0\` — ${verdict}.

Latest run (${date} UTC, ${machine}; ${runs} runs each):

${table}

## History

${[history, entry].filter(Boolean).join('\n')}
`;
  writeFileSync(REPORT, text);
  console.log(`wrote ${REPORT}`);
}
