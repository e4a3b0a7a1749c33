import { chmodSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fake, fakeChars, ALPHABETS } from '@unleak/core';
import { unleakBin } from './built-cli.js';

/**
 * The security invariant's test kit: planted fake credentials of many kinds, a repository that holds them
 * in many formats, and a checker that finds any of them (whole, in part, or encoded) in a piece of output.
 */

/** A piece of a planted value that fake() generated: the unguessable part the checker looks for in windows. */
interface Random {
  random: string;
}
const r = (random: string): Random => ({ random });

export interface Planted {
  label: string;
  /** The value as a scanner would capture it. */
  value: string;
  /** The generated parts of the value; any LEAK_WINDOW characters of them in output is a leak. */
  parts: string[];
}

function plant(label: string, ...pieces: Array<string | Random>): Planted {
  return {
    label,
    value: pieces.map((p) => (typeof p === 'string' ? p : p.random)).join(''),
    parts: pieces.filter((p): p is Random => typeof p !== 'string').map((p) => p.random),
  };
}

/** Longer than anything redact() shows of a value (at most 4 characters at each end). */
export const LEAK_WINDOW = 9;

const urlSafePassword = (seed: string) => fakeChars(`${ALPHABETS.alnum}-_`, 20, seed);
const b64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

function pem(seed: string): Planted {
  const lines = Array.from({ length: 10 }, (_, i) => r(fake.base64(64, `${seed}-${i}`)));
  return plant(
    'private key (PEM)',
    '-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA',
    r(fake.base64(48, seed)),
    ...lines.flatMap((line) => ['\n', line]),
    '\n-----END RSA PRIVATE KEY-----',
  );
}

/** Every planted credential, built at test time (prefixes split so this file is never a token). */
export function plantedSecrets() {
  return {
    awsKeyId: plant('AWS access key id', 'AK' + 'IA', r(fake.upper(16, 'si-aws-id'))),
    awsSecret: plant('AWS secret access key', r(fake.base64(40, 'si-aws-secret'))),
    githubPat: plant('GitHub token', 'gh' + 'p_', r(fake.alnum(36, 'si-gh'))),
    slackBot: plant('Slack bot token', 'xo' + 'xb-' + fake.digits(11, 'si-sl1') + '-' + fake.digits(13, 'si-sl2') + '-', r(fake.alnum(24, 'si-sl3'))),
    stripe: plant('Stripe live key', 'sk' + '_live_', r(fake.alnum(24, 'si-stripe'))),
    privateKey: pem('si-pem'),
    jwt: plant('JWT', `${b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))}.${b64url(JSON.stringify({ sub: 'svc-billing', iat: 1514764800 }))}.`, r(fake.base64url(43, 'si-jwt'))),
    postgresPassword: plant('Postgres URL password', r(urlSafePassword('si-pg'))),
    mongoPassword: plant('MongoDB URL password', r(urlSafePassword('si-mongo'))),
    envPassword: plant('.env password', r(urlSafePassword('si-env'))),
    yamlPassword: plant('YAML password', r(fake.password(20, 'si-yaml'))),
    propertiesPassword: plant('properties password', r(fake.password(20, 'si-props'))),
    tsPassword: plant('TypeScript password', r(fake.password(20, 'si-ts'))),
    pythonPassword: plant('Python password', r(fake.password(20, 'si-py'))),
    terraformPassword: plant('Terraform password', r(fake.password(20, 'si-tf'))),
    k8sPassword: plant('Kubernetes Secret password (base64 in the file)', r(urlSafePassword('si-k8s'))),
    composePassword: plant('docker-compose password', r(fake.password(20, 'si-compose'))),
    actionsPassword: plant('GitHub Actions password', r(fake.password(20, 'si-actions'))),
    historyOnly: plant('GitHub token only in history', 'gh' + 'p_', r(fake.alnum(36, 'si-history'))),
    diffAdded: plant('GitLab token added by the last commit', 'gl' + 'pat-', r(fake.alnum(20, 'si-diff'))),
    staged: plant('staged AWS access key id', 'AK' + 'IA', r(fake.upper(16, 'si-staged'))),
    allowlisted: plant('allowlisted API key', r(fake.hex(40, 'si-allow'))),
    brokenYaml: plant('password in a malformed YAML file', r(fake.password(20, 'si-broken'))),
    badConfig: plant('token in a malformed unleak.yaml', 'hv' + 's.', r(fake.alnum(24, 'si-badcfg'))),
    changed: plant('a value edited after the plan was made', r(urlSafePassword('si-changed'))),
    envAwsSecretKey: plant("the user's AWS_SECRET_ACCESS_KEY", r(fake.base64(40, 'si-env-aws-secret'))),
    envSessionToken: plant("the user's AWS_SESSION_TOKEN", 'IQoJb3JpZ2luX2Vj', r(fake.base64(120, 'si-env-session'))),
    envVaultToken: plant("the user's VAULT_TOKEN", 'hv' + 's.', r(fake.alnum(24, 'si-env-vault'))),
  };
}

export type PlantedSecrets = ReturnType<typeof plantedSecrets>;

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * The working tree of the seeded repository, an Nx workspace (projects api and web) whose secrets sit in
 * every format unleak reads. History-only, last-commit and staged secrets are added by seedRepo.
 */
export function seededFiles(s: PlantedSecrets): Record<string, string> {
  const pgUrl = `postgres://shop:${s.postgresPassword.value}@db.internal:5432/shop`;
  return {
    '.gitignore': 'node_modules/\n',
    'unleak.yaml': 'version: 1\nrouting:\n  rules:\n    - path: ["k8s/**", "infra/**"]\n      store: vault\n',
    'nx.json': json({ defaultBase: 'main' }),
    'package.json': json({ name: '@acme/source', private: true }),
    'apps/api/project.json': json({ name: 'api' }),
    'apps/web/project.json': json({ name: 'web' }),
    '.env': `AWS_REGION=us-east-1\nAWS_ACCESS_KEY_ID=${s.awsKeyId.value}\nAWS_SECRET_ACCESS_KEY=${s.awsSecret.value}\nDB_PASSWORD=${s.envPassword.value}\n`,
    'apps/api/src/github.ts': `export const githubToken = "${s.githubPat.value}";\n`,
    'apps/api/src/db.ts': `export const mongoUrl = "mongodb://admin:${s.mongoPassword.value}@mongo.internal:27017/app";\nexport const adminPassword = "${s.tsPassword.value}";\n`,
    'apps/api/src/auth.ts': `export const serviceJwt = "${s.jwt.value}";\n`,
    'apps/api/src/legacy.ts': `export const legacyApiKey = "${s.allowlisted.value}"; // unleak:allow\n`,
    'apps/api/certs/server.key': `${s.privateKey.value}\n`,
    'apps/web/config/app.yaml': `database:\n  url: ${pgUrl}\n  password: "${s.yamlPassword.value}"\nslack:\n  bot_token: ${s.slackBot.value}\n`,
    'apps/web/src/main/resources/application.properties': `spring.datasource.username=shop\nspring.datasource.password=${s.propertiesPassword.value}\n`,
    'apps/web/billing/settings.py': `import os\n\nSTRIPE_SECRET_KEY = "${s.stripe.value}"\nSMTP_PASSWORD = "${s.pythonPassword.value}"\n`,
    'infra/main.tf': `resource "aws_db_instance" "shop" {\n  engine   = "postgres"\n  username = "shop"\n  password = "${s.terraformPassword.value}"\n}\n`,
    'k8s/secret.yaml': `apiVersion: v1\nkind: Secret\nmetadata:\n  name: shop-db\ntype: Opaque\ndata:\n  password: ${Buffer.from(s.k8sPassword.value).toString('base64')}\n`,
    'docker-compose.yml': `services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: shop\n      POSTGRES_PASSWORD: "${s.composePassword.value}"\n`,
    '.github/workflows/deploy.yml': `name: deploy\non: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      REGISTRY_PASSWORD: "${s.actionsPassword.value}"\n    steps:\n      - run: ./deploy.sh\n`,
    'config/broken.yaml': `service:\n  password: "${s.brokenYaml.value}\n    - : [oops\n`,
  };
}

/** The planted values a working-tree scan must report (the rest live in history, the index or a bad config). */
export function inWorkingTree(s: PlantedSecrets): Planted[] {
  const elsewhere = new Set<Planted>([s.historyOnly, s.staged, s.allowlisted, s.brokenYaml, s.badConfig, s.changed, s.envAwsSecretKey, s.envSessionToken, s.envVaultToken]);
  return Object.values(s).filter((p) => !elsewhere.has(p));
}

export function writeFiles(root: string, files: Record<string, string>): void {
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), text);
  }
}

/** `npx --no-install unleak` in the repository runs this checkout's built CLI (as an npm install would). */
export function linkBuiltCli(root: string): void {
  mkdirSync(join(root, 'node_modules', '.bin'), { recursive: true });
  const shim = join(root, 'node_modules', '.bin', 'unleak');
  writeFileSync(shim, `#!/bin/sh\nexec "${process.execPath}" "${unleakBin}" "$@"\n`);
  chmodSync(shim, 0o755);
}

/** A leak the checker found: which planted value, in what form, where. */
export interface Leak {
  where: string;
  label: string;
  form: string;
}

/**
 * Finds planted values in output: the value itself, its base64, base64url, URL-encoded and JSON-escaped
 * forms, and any LEAK_WINDOW characters of its generated parts (all-digit parts only whole: short digit
 * runs occur in timings and sizes).
 */
export function leakChecker(planted: Planted[]): (where: string, text: string) => Leak[] {
  const whole: Array<{ needle: string; label: string; form: string }> = [];
  const windows = new Map<string, string>();
  for (const p of planted) {
    const forms: Record<string, string> = {
      value: p.value,
      base64: Buffer.from(p.value).toString('base64'),
      base64url: Buffer.from(p.value).toString('base64url'),
      'URL-encoded': encodeURIComponent(p.value),
      'JSON-escaped': JSON.stringify(p.value).slice(1, -1),
    };
    const seen = new Set<string>();
    for (const [form, needle] of Object.entries(forms)) {
      if (seen.has(needle)) continue;
      seen.add(needle);
      whole.push({ needle, label: p.label, form });
    }
    for (const part of p.parts) {
      if (/^\d*$/.test(part)) continue;
      for (let i = 0; i + LEAK_WINDOW <= part.length; i++) windows.set(part.slice(i, i + LEAK_WINDOW), p.label);
    }
  }
  return (where, text) => {
    const leaks: Leak[] = [];
    const found = new Set<string>();
    for (const w of whole) {
      if (text.includes(w.needle)) {
        leaks.push({ where, label: w.label, form: w.form });
        found.add(w.label);
      }
    }
    for (let i = 0; i + LEAK_WINDOW <= text.length; i++) {
      const label = windows.get(text.slice(i, i + LEAK_WINDOW));
      if (label !== undefined && !found.has(label)) {
        found.add(label);
        leaks.push({ where, label, form: `${LEAK_WINDOW}-character window '${text.slice(i, i + 2)}…' at offset ${i}` });
      }
    }
    return leaks;
  };
}

/** Every file under `dir`, relative, skipping the directories named in `skip` (relative paths). */
export function filesUnder(dir: string, skip: (rel: string) => boolean): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const rel = relative(dir, join(d, entry.name));
      if (skip(rel)) continue;
      if (entry.isDirectory()) walk(join(d, entry.name));
      else if (entry.isFile()) out.push(rel);
    }
  };
  walk(dir);
  return out.sort();
}

export function readText(file: string): string {
  return readFileSync(file, 'utf8');
}

/** The working tree alone (no git): enough for the interactive session. */
export function seedWorkingTree(root: string, s: PlantedSecrets): void {
  writeFiles(root, seededFiles(s));
}
