#!/usr/bin/env node
// Expands transcribed true/false-positive samples (e.g. the `tps`/`fps` lists of gitleaks' rule files) into
// a corpus directory plus a labels file for eval.mjs. Reads local files only; downloads nothing. The
// samples files themselves stay outside the repository: they hold well-formed tokens.
//
// Samples file format, one section per sample:
//   === <tp|fp|shape> <rule-id> <.ext> [gen=<identifier>] [name=<suffix>]
//   <sample text, one or more lines>
//   === end
// `tp` is a file that must yield a finding, `fp` one that must not; `shape` is skipped (a sample that only
// tests one rule's token shape while the value is still a random secret assigned to a credential name).
// `⟦[a-z0-9]{36}⟧` (a character class with a fixed count) and the shorthands `⟦an:N⟧` (lower-case
// alphanumeric), `⟦num:N⟧`, `⟦hex:N⟧` become random strings, the same on every run; `⇥` becomes a tab.
// `gen=<identifier>` writes the one-line sample as a bare value into five assignment syntaxes (.py, .env,
// .yaml, .json, .go), one file each.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const USAGE = 'usage: node tools/eval/expand-samples.mjs --out <corpus/subdir> --labels <labels.jsonl> --source <name> <samples.txt>...';

function fail(message) {
  process.stderr.write(`expand-samples: ${message}\n`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({
    options: { out: { type: 'string' }, labels: { type: 'string' }, source: { type: 'string' }, prefix: { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
} catch (error) {
  fail(`${error.message}\n${USAGE}`);
}
const { values, positionals } = parsed;
if (!values.out || !values.labels || !values.source || positionals.length === 0) fail(USAGE);
// Paths in the labels are relative to the corpus root, which is the parent of --out unless --prefix says otherwise.
const prefix = values.prefix ?? values.out.replace(/\/+$/, '').split('/').pop();

let counter = 0;
const randomBytes = (n) => {
  const chunks = [];
  for (let got = 0; got < n; got += 32) chunks.push(createHash('sha256').update(`expand-samples:${counter++}`).digest());
  return Buffer.concat(chunks);
};

function expandClass(body) {
  const chars = [];
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '\\') {
      const escaped = body[++i];
      if (escaped === 'w') chars.push(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_');
      else chars.push(escaped);
      continue;
    }
    if (body[i + 1] === '-' && i + 2 < body.length) {
      const escapedEnd = body[i + 2] === '\\';
      const end = escapedEnd ? body[i + 3] : body[i + 2];
      for (let k = c.charCodeAt(0); k <= end.charCodeAt(0); k++) chars.push(String.fromCharCode(k));
      i += escapedEnd ? 3 : 2;
      continue;
    }
    chars.push(c);
  }
  return chars;
}

/** A random string for `[class]{n}`; classes with digits get at least one non-zero digit, as gitleaks does. */
function generate(spec) {
  const m = /^\[(.+)\]\{(\d+)\}$/.exec(spec);
  if (!m) fail(`cannot generate '${spec}': write it as [class]{count}`);
  const chars = expandClass(m[1]);
  const length = Number(m[2]);
  for (;;) {
    const bytes = randomBytes(length);
    let s = '';
    for (let i = 0; i < length; i++) s += chars[bytes[i] % chars.length];
    if (!m[1].includes('0-9') || /[1-9]/.test(s)) return s;
  }
}

const SHORTHANDS = { an: '[a-z0-9]', num: '[0-9]', hex: '[a-f0-9]' };
const fill = (text) =>
  text
    .replace(/⟦(an|num|hex):(\d+)⟧/g, (_, k, n) => `⟦${SHORTHANDS[k]}{${n}}⟧`)
    .replace(/⇥/g, '\t')
    .replace(/⟦([^⟧]+)⟧/g, (_, spec) => generate(spec));

/** Our own assignment templates for a bare value. */
const assignments = (id, value) => [
  ['.py', `${id.toLowerCase()}_api_token = "${value}"\n`],
  ['.env', `${id.toUpperCase()}_TOKEN=${value}\n`],
  ['.yaml', `${id.toLowerCase()}:\n  token: ${value}\n`],
  ['.json', `{\n  "${id.toLowerCase()}_key": "${value}"\n}\n`],
  ['.go', `var ${id.toLowerCase()}Token = "${value}"\n`],
];

rmSync(values.out, { recursive: true, force: true });
const labels = [];
const counts = {};
for (const file of positionals) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    fail(`cannot read samples file ${file}`);
  }
  for (const section of text.split(/^=== /m).slice(1)) {
    const nl = section.indexOf('\n');
    const [kind, rule, ext, ...options] = section.slice(0, nl).trim().split(/\s+/);
    if (kind === 'end' || kind === 'shape') continue;
    if ((kind !== 'tp' && kind !== 'fp') || !rule || !ext?.startsWith('.')) fail(`${file}: bad header '=== ${section.slice(0, nl)}'`);
    const option = Object.fromEntries(options.map((o) => o.split('=')));
    const body = section.slice(nl + 1).replace(/\n$/, '');
    const dir = join(values.out, rule);
    mkdirSync(dir, { recursive: true });
    const emit = (extension, content) => {
      const n = (counts[`${rule}:${kind}`] = (counts[`${rule}:${kind}`] ?? 0) + 1);
      const name = `${kind}-${String(n).padStart(2, '0')}${option.name ? `-${option.name}` : ''}${extension}`;
      writeFileSync(join(dir, name), content.endsWith('\n') ? content : `${content}\n`);
      labels.push({ source: values.source, file: `${prefix}/${rule}/${name}`, positives: kind === 'tp' ? 'any' : [], note: `${values.source}:${rule}:${kind}` });
    };
    if (option.gen) for (const [extension, content] of assignments(option.gen, fill(body.trim()))) emit(extension, content);
    else emit(ext, fill(body));
  }
}
writeFileSync(values.labels, labels.map((l) => JSON.stringify(l)).join('\n') + '\n');
process.stdout.write(`${labels.length} labelled files in ${values.out}, labels in ${values.labels}\n`);
