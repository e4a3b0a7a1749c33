#!/usr/bin/env node
// Deterministic generator of a realistic monorepo for the scanner benchmark: many languages, IaC, lockfiles,
// minified bundles and source maps with very long lines, binaries, git-ignored node_modules/dist, planted
// secrets of many providers at known lines, and decoys. Values come from the seed at run time; only the
// recipe names are stored here, and manifest.json records where things are, never the values.
//
//   node tools/bench/corpus.mjs --size 20mb --out DIR [--seed bench]
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

export const GENERATOR_VERSION = 4;

// ---------------------------------------------------------------------------------------------- randomness

/** sfc32 seeded from sha256(seed): fast, and the same stream on every machine. */
export function createRng(seed) {
  const h = createHash('sha256').update(String(seed)).digest();
  let a = h.readUInt32LE(0), b = h.readUInt32LE(4), c = h.readUInt32LE(8), d = h.readUInt32LE(12);
  const next = () => {
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    const t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    const r = (t + d) | 0;
    c = (c + r) | 0;
    return r >>> 0;
  };
  for (let i = 0; i < 12; i++) next();
  const rng = {
    next,
    int: (n) => next() % n,
    between: (lo, hi) => lo + (next() % (hi - lo + 1)),
    chance: (p) => next() / 4294967296 < p,
    pick: (arr) => arr[next() % arr.length],
    chars: (alphabet, n) => {
      let s = '';
      for (let i = 0; i < n; i++) s += alphabet[next() % alphabet.length];
      return s;
    },
    bytes: (n) => {
      const buf = Buffer.allocUnsafe(n);
      for (let i = 0; i + 4 <= n; i += 4) buf.writeUInt32LE(next(), i);
      for (let i = n - (n % 4); i < n; i++) buf[i] = next() & 0xff;
      return buf;
    },
  };
  return rng;
}

const A = {
  upper: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  upperDigits: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567',
  alnum: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789',
  lower: 'abcdefghijklmnopqrstuvwxyz',
  lowerDigits: 'abcdefghijklmnopqrstuvwxyz0123456789',
  hex: '0123456789abcdef',
  digits: '0123456789',
  b64: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/',
  b64url: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_',
  password: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#%^*-_',
};

// ---------------------------------------------------------------------------------------------- recipes

const b64urlJson = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');

/**
 * How the base64 body of each key type starts (the DER SEQUENCE header, or OpenSSH's `openssh-key-v1`
 * magic): scanners that validate the body expect it, and real keys always have it.
 */
const PEM_BODY_START = {
  'RSA PRIVATE KEY': 'MIIEpAIBAAKCAQEA',
  'EC PRIVATE KEY': 'MHcCAQEEI',
  'OPENSSH PRIVATE KEY': 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAAB',
  'PRIVATE KEY': 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ',
};

function pem(r, label, lines) {
  const start = PEM_BODY_START[label] ?? '';
  const out = [`-----BEGIN ${label}-----`];
  for (let i = 0; i < lines; i++) out.push(i === 0 ? start + r.chars(A.b64, 64 - start.length) : r.chars(A.b64, 64));
  out.push(r.chars(A.b64, 40) + '==');
  out.push(`-----END ${label}-----`);
  return out.join('\n');
}

/**
 * Planted-secret recipes. `keys` are the variable names a developer would use; `generic` recipes have no
 * recognisable shape, so only the key tells a scanner what they are. Prefixes are split so that this file
 * is never a token itself.
 */
export const RECIPES = {
  'aws-access-key-id': { keys: ['AWS_ACCESS_KEY_ID', 'aws_access_key_id', 'accessKeyId'], make: (r) => 'AK' + 'IA' + r.chars(A.upperDigits, 16) },
  'aws-secret-access-key': { keys: ['AWS_SECRET_ACCESS_KEY', 'aws_secret_access_key', 'secretAccessKey'], make: (r) => r.chars(A.b64, 40) },
  'github-pat': { keys: ['GITHUB_TOKEN', 'github_token', 'ghToken'], make: (r) => 'gh' + 'p_' + r.chars(A.alnum, 36) },
  'github-oauth': { keys: ['GITHUB_OAUTH_TOKEN', 'oauth_token'], make: (r) => 'gh' + 'o_' + r.chars(A.alnum, 36) },
  'github-fine-grained': { keys: ['GH_PAT', 'github_pat'], make: (r) => 'github' + '_pat_' + r.chars(A.alnum, 22) + '_' + r.chars(A.alnum, 59) },
  'gitlab-pat': { keys: ['GITLAB_TOKEN', 'gitlab_token'], make: (r) => 'gl' + 'pat-' + r.chars(A.alnum, 20) },
  'slack-bot-token': { keys: ['SLACK_BOT_TOKEN', 'slack_token', 'slackToken'], make: (r) => 'xo' + 'xb-' + r.chars(A.digits, 11) + '-' + r.chars(A.digits, 13) + '-' + r.chars(A.alnum, 24) },
  'slack-webhook': { keys: ['SLACK_WEBHOOK_URL', 'slack_webhook', 'webhookUrl'], make: (r) => 'https://hooks.slack.com/' + 'services/T' + r.chars(A.upper, 8) + '/B' + r.chars(A.upper, 10) + '/' + r.chars(A.alnum, 24) },
  'stripe-live': { keys: ['STRIPE_SECRET_KEY', 'stripe_api_key', 'stripeKey'], make: (r) => 'sk' + '_live_' + r.chars(A.alnum, 24) },
  'stripe-restricted': { keys: ['STRIPE_RESTRICTED_KEY', 'stripe_rk'], make: (r) => 'rk' + '_live_' + r.chars(A.alnum, 24) },
  'npm-token': { keys: ['NPM_TOKEN', 'npm_token'], make: (r) => 'np' + 'm_' + r.chars(A.alnum, 36) },
  'sendgrid-api-key': { keys: ['SENDGRID_API_KEY', 'sendgrid_key'], make: (r) => 'S' + 'G.' + r.chars(A.b64url, 22) + '.' + r.chars(A.b64url, 43) },
  'twilio-api-key': { keys: ['TWILIO_API_KEY', 'twilio_key'], make: (r) => 'S' + 'K' + r.chars(A.hex, 32) },
  'google-api-key': { keys: ['GOOGLE_API_KEY', 'maps_api_key', 'mapsKey'], make: (r) => 'AI' + 'za' + r.chars(A.b64url, 35) },
  'openai-api-key': { keys: ['OPENAI_API_KEY', 'openai_key'], make: (r) => 'sk-' + 'proj-' + r.chars(A.b64url, 74) + 'T3Blbk' + 'FJ' + r.chars(A.b64url, 74) },
  'anthropic-api-key': { keys: ['ANTHROPIC_API_KEY', 'anthropic_key'], make: (r) => 'sk-' + 'ant-api03-' + r.chars(A.b64url, 93) + 'AA' },
  'huggingface-token': { keys: ['HF_TOKEN', 'hf_token'], make: (r) => 'h' + 'f_' + r.chars(A.alnum, 34) },
  'shopify-access-token': { keys: ['SHOPIFY_ACCESS_TOKEN', 'shopify_token'], make: (r) => 'shp' + 'at_' + r.chars(A.hex, 32) },
  'digitalocean-token': { keys: ['DIGITALOCEAN_TOKEN', 'do_token'], make: (r) => 'dop' + '_v1_' + r.chars(A.hex, 64) },
  'docker-hub-pat': { keys: ['DOCKERHUB_TOKEN', 'docker_password'], make: (r) => 'dckr' + '_pat_' + r.chars(A.b64url, 27) },
  'jwt': { keys: ['SERVICE_TOKEN', 'auth_token', 'accessToken'], make: (r) => `${b64urlJson({ alg: 'HS256', typ: 'JWT' })}.${b64urlJson({ sub: r.chars(A.lowerDigits, 12), iat: 1700000000 + r.int(1e7) })}.${r.chars(A.b64url, 43)}` },
  'postgres-url': { keys: ['DATABASE_URL', 'database_url', 'dbUrl'], make: (r) => `postgres://${r.pick(['app', 'svc_orders', 'admin'])}:${r.chars(A.alnum, 18)}@db-${r.chars(A.lower, 5)}.internal:5432/${r.pick(['app', 'orders', 'main'])}` },
  'mysql-url': { keys: ['MYSQL_URL', 'mysql_dsn'], make: (r) => `mysql://${r.pick(['root', 'reports'])}:${r.chars(A.alnum, 16)}@mysql-${r.chars(A.lower, 4)}.internal:3306/${r.pick(['sales', 'crm'])}` },
  'mongodb-url': { keys: ['MONGO_URI', 'mongodb_uri', 'mongoUrl'], make: (r) => `mongodb+srv://${r.pick(['app', 'api'])}:${r.chars(A.alnum, 20)}@cluster0.${r.chars(A.lowerDigits, 5)}.mongodb.net/${r.pick(['prod', 'events'])}` },
  'redis-url': { keys: ['REDIS_URL', 'redis_url'], make: (r) => `redis://default:${r.chars(A.alnum, 24)}@redis-${r.chars(A.lower, 4)}.internal:6379/0` },
  'amqp-url': { keys: ['AMQP_URL', 'broker_url'], make: (r) => `amqp://${r.pick(['guest2', 'worker'])}:${r.chars(A.alnum, 18)}@rabbit-${r.chars(A.lower, 4)}.internal:5672/vhost` },
  'generic-password': { generic: true, keys: ['DB_PASSWORD', 'db_password', 'password', 'dbPassword', 'admin_password', 'SMTP_PASSWORD'], make: (r) => r.chars(A.password, r.between(14, 24)) },
  'generic-secret': { generic: true, keys: ['CLIENT_SECRET', 'client_secret', 'jwtSecret', 'SESSION_SECRET', 'signing_secret'], make: (r) => r.chars(A.hex, r.pick([32, 40, 64])) },
  'generic-api-key': { generic: true, keys: ['API_KEY', 'api_key', 'apiKey', 'PARTNER_API_KEY', 'x_api_key'], make: (r) => r.chars(A.alnum, r.between(32, 40)) },
  'pypi-token': { keys: ['TWINE_PASSWORD', 'pypi_token'], make: (r) => 'pypi-' + 'AgEIcHlwaS5vcmc' + r.chars(A.b64url, 70) },
  'rsa-private-key': { pem: true, keys: ['PRIVATE_KEY', 'private_key'], make: (r) => pem(r, 'RSA PRIVATE KEY', 25) },
  'ec-private-key': { pem: true, keys: ['EC_PRIVATE_KEY', 'signing_key'], make: (r) => pem(r, 'EC PRIVATE KEY', 3) },
  'openssh-private-key': { pem: true, keys: ['SSH_PRIVATE_KEY', 'deploy_key'], make: (r) => pem(r, 'OPENSSH PRIVATE KEY', 6) },
  'pkcs8-private-key': { pem: true, keys: ['SERVICE_ACCOUNT_KEY', 'tls_key'], make: (r) => pem(r, 'PRIVATE KEY', 26) },
};
export const RECIPE_NAMES = Object.keys(RECIPES);
const PEM_RECIPES = RECIPE_NAMES.filter((n) => RECIPES[n].pem);

/**
 * Credential files with a format of their own, one or two per project: `line` is the (1-based) line of
 * the value. Recipes named here are planted only through these files.
 */
const CREDENTIAL_FILES = [
  { path: '.npmrc', recipe: 'npmrc-auth-token', make: (r) => ({ line: 2, text: `registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=${RECIPES['npm-token'].make(r)}\nsave-exact=true\n` }) },
  { path: '.pypirc', recipe: 'pypirc-password', make: (r) => ({ line: 7, text: `[distutils]\nindex-servers =\n    pypi\n\n[pypi]\nusername = __token__\npassword = ${RECIPES['pypi-token'].make(r)}\n` }) },
  { path: '.netrc', recipe: 'netrc-password', make: (r) => ({ line: 1, text: `machine api.${r.pick(WORDS)}.acme.io login deploy password ${r.chars(A.alnum, 22)}\n` }) },
  { path: '.docker/config.json', recipe: 'docker-config-auth', make: (r) => ({ line: 4, text: `{\n  "auths": {\n    "registry.acme.io": {\n      "auth": "${Buffer.from(`ci-bot:${r.chars(A.alnum, 24)}`).toString('base64')}"\n    }\n  }\n}\n` }) },
  { path: 'deploy/.htpasswd', recipe: 'htpasswd-hash', make: (r) => ({ line: 1, text: `admin:$apr1$${r.chars(A.alnum, 8)}$${r.chars(A.alnum + './', 22)}\n` }) },
];
export const CREDENTIAL_FILE_RECIPES = CREDENTIAL_FILES.map((f) => f.recipe);

// ---------------------------------------------------------------------------------------------- vocabulary

const WORDS = 'account address amount api app audit batch billing buffer cache cart catalog channel checkout client cluster config context count customer data date delivery device discount entry event export feature fetch filter gateway handler header index inventory invoice item job key label ledger limit list loader locale log mailer merchant message metric model node notify offset order owner page parser payment payload pipeline plan price product profile queue quota rate record refund region report request result retry route schedule schema search session shipment shop sku snapshot source status stock store stream tax tenant ticket timer token total trace user value vendor warehouse webhook window worker'.split(' ');
const cap = (s) => s[0].toUpperCase() + s.slice(1);
const camel = (r, n = 2) => { let s = r.pick(WORDS); for (let i = 1; i < n; i++) s += cap(r.pick(WORDS)); return s; };
const snake = (r, n = 2) => { const p = []; for (let i = 0; i < n; i++) p.push(r.pick(WORDS)); return p.join('_'); };
const pascal = (r, n = 2) => cap(camel(r, n));
const upperSnake = (r, n = 2) => snake(r, n).toUpperCase();
const sentence = (r, n) => { const p = []; for (let i = 0; i < n; i++) p.push(r.pick(WORDS)); return cap(p.join(' ')); };
const uuid = (r) => `${r.chars(A.hex, 8)}-${r.chars(A.hex, 4)}-4${r.chars(A.hex, 3)}-${r.pick(['8', '9', 'a', 'b'])}${r.chars(A.hex, 3)}-${r.chars(A.hex, 12)}`;
const toCase = (key, style) => {
  const parts = key.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase().split('_');
  if (style === 'upper') return parts.join('_').toUpperCase();
  if (style === 'snake') return parts.join('_');
  if (style === 'dotted') return parts.join('.');
  return parts[0] + parts.slice(1).map(cap).join('');
};

// ---------------------------------------------------------------------------------------------- languages

/**
 * Each language: a file extension set, filler blocks (arrays of lines without secrets), how to write an
 * assignment of a string value to a key, and how it spells an environment lookup.
 */
const LANGS = {
  ts: {
    exts: ['.ts'], dirs: ['src', 'src/lib', 'src/services', 'src/routes'],
    header: (r) => [`import { ${camel(r)} } from './${r.pick(WORDS)}';`, `import type { ${pascal(r)} } from '../types';`, ''],
    block: (r) => {
      const f = camel(r), a = camel(r, 1), t = pascal(r);
      return [
        `export interface ${t} {`, `  id: string;`, `  ${camel(r, 1)}: number;`, `  ${camel(r, 1)}?: string;`, `}`, '',
        `export async function ${f}(${a}: ${t}, limit = ${r.int(500)}): Promise<${t}[]> {`,
        `  const ${camel(r, 1)} = await fetch(\`/api/${r.pick(WORDS)}/\${${a}.id}?limit=\${limit}\`);`,
        `  if (!${a}.id) throw new Error('${sentence(r, 4).toLowerCase()}');`,
        `  return [${a}].filter((x) => x.id.length > ${r.int(9)});`, `}`, '',
      ];
    },
    assign: (k, v, r) => r.chance(0.5) ? `const ${toCase(k, 'camel')} = '${v}';` : `  ${toCase(k, 'camel')}: "${v}",`,
    envLookup: (k) => `const ${toCase(k, 'camel')} = process.env.${toCase(k, 'upper')};`,
    multiline: (k, v) => [`const ${toCase(k, 'upper')} = \`${v.split('\n')[0]}`, ...v.split('\n').slice(1, -1), `${v.split('\n').at(-1)}\`;`],
  },
  js: {
    exts: ['.js'], dirs: ['lib', 'src', 'scripts'],
    header: (r) => [`'use strict';`, `const ${camel(r, 1)} = require('./${r.pick(WORDS)}');`, ''],
    block: (r) => {
      const f = camel(r), a = camel(r, 1);
      return [
        `function ${f}(${a}, options) {`, `  options = options || {};`,
        `  var ${camel(r, 1)} = ${a}.map(function (x) { return x.${camel(r, 1)} * ${r.int(100)}; });`,
        `  if (options.${camel(r, 1)}) { console.log('${sentence(r, 3)}', ${a}.length); }`, `  return ${a};`, `}`,
        `module.exports.${f} = ${f};`, '',
      ];
    },
    assign: (k, v, r) => r.chance(0.5) ? `var ${toCase(k, 'camel')} = "${v}";` : `  ${toCase(k, 'camel')}: '${v}',`,
    envLookup: (k) => `const ${toCase(k, 'camel')} = process.env['${toCase(k, 'upper')}'];`,
  },
  py: {
    exts: ['.py'], dirs: ['app', 'app/services', 'scripts'],
    header: (r) => [`import logging`, `from datetime import datetime`, `from .${r.pick(WORDS)} import ${pascal(r)}`, '', `log = logging.getLogger(__name__)`, ''],
    block: (r) => {
      const f = snake(r), a = r.pick(WORDS);
      return [
        `class ${pascal(r)}:`, `    """${sentence(r, 6)}."""`, '',
        `    def ${f}(self, ${a}, limit=${r.int(100)}):`, `        rows = [x for x in ${a} if x.${snake(r, 1)} > ${r.int(50)}]`,
        `        log.info("${sentence(r, 3).toLowerCase()} %s", len(rows))`, `        return rows[:limit]`, '',
      ];
    },
    assign: (k, v, r) => r.chance(0.5) ? `${toCase(k, 'upper')} = "${v}"` : `    ${toCase(k, 'snake')}="${v}",`,
    envLookup: (k) => `${toCase(k, 'upper')} = os.environ["${toCase(k, 'upper')}"]`,
    multiline: (k, v) => [`${toCase(k, 'upper')} = """${v.split('\n')[0]}`, ...v.split('\n').slice(1, -1), `${v.split('\n').at(-1)}"""`],
  },
  go: {
    exts: ['.go'], dirs: ['internal', 'pkg', 'cmd/server'],
    header: (r) => [`package ${r.pick(WORDS)}`, '', 'import (', '\t"context"', '\t"fmt"', ')', ''],
    block: (r) => {
      const f = pascal(r), t = pascal(r);
      return [
        `type ${t} struct {`, `\tID   string \`json:"id"\``, `\t${pascal(r, 1)} int \`json:"${snake(r, 1)}"\``, `}`, '',
        `func ${f}(ctx context.Context, in *${t}) (*${t}, error) {`, `\tif in == nil {`, `\t\treturn nil, fmt.Errorf("${sentence(r, 3).toLowerCase()}")`, `\t}`,
        `\tin.${pascal(r, 1)} += ${r.int(1000)}`, `\treturn in, nil`, `}`, '',
      ];
    },
    assign: (k, v, r) => r.chance(0.5) ? `const ${toCase(k, 'camel')} = "${v}"` : `\t${cap(toCase(k, 'camel'))}: "${v}",`,
    envLookup: (k) => `\t${toCase(k, 'camel')} := os.Getenv("${toCase(k, 'upper')}")`,
  },
  java: {
    exts: ['.java'], dirs: ['src/main/java/com/acme'],
    header: (r) => [`package com.acme.${r.pick(WORDS)};`, '', 'import java.util.List;', 'import java.util.ArrayList;', '', `public class ${pascal(r)} {`],
    footer: () => ['}'],
    block: (r) => {
      const f = camel(r);
      return [
        `    public List<String> ${f}(List<String> in, int limit) {`, `        List<String> out = new ArrayList<>();`,
        `        for (String s : in) { if (s.length() > ${r.int(20)}) out.add(s.trim()); }`, `        // ${sentence(r, 5)}`,
        `        return out.subList(0, Math.min(limit, out.size()));`, `    }`, '',
      ];
    },
    assign: (k, v) => `    private static final String ${toCase(k, 'upper')} = "${v}";`,
    envLookup: (k) => `    private final String ${toCase(k, 'camel')} = System.getenv("${toCase(k, 'upper')}");`,
  },
  yaml: {
    exts: ['.yaml', '.yml'], dirs: ['config', 'deploy', 'charts/app'],
    header: (r) => [`# ${sentence(r, 5)}`, `name: ${snake(r)}`, `version: ${r.int(9)}.${r.int(30)}.${r.int(30)}`, ''],
    block: (r) => [`${snake(r)}:`, `  enabled: ${r.pick(['true', 'false'])}`, `  replicas: ${r.int(12)}`, `  image: registry.acme.io/${r.pick(WORDS)}:${r.int(9)}.${r.int(20)}`, `  labels:`, `    team: ${r.pick(WORDS)}`, `    tier: ${r.pick(['web', 'worker', 'batch'])}`, ''],
    assign: (k, v, r) => r.chance(0.5) ? `  ${toCase(k, 'snake')}: "${v}"` : `${toCase(k, 'snake')}: '${v}'`,
    envLookup: (k) => `  ${toCase(k, 'snake')}: \${${toCase(k, 'upper')}}`,
    multiline: (k, v) => [`${toCase(k, 'snake')}: |`, ...v.split('\n').map((l) => `  ${l}`)],
  },
  tf: {
    exts: ['.tf'], dirs: ['infra/terraform', 'infra/modules/app'],
    header: () => ['terraform {', '  required_version = ">= 1.3"', '}', ''],
    block: (r) => [`resource "aws_s3_bucket" "${snake(r)}" {`, `  bucket = "acme-${r.pick(WORDS)}-${r.int(999)}"`, `  tags = {`, `    Team = "${r.pick(WORDS)}"`, `  }`, `}`, ''],
    assign: (k, v) => `  ${toCase(k, 'snake')} = "${v}"`,
    envLookup: (k) => `  ${toCase(k, 'snake')} = var.${toCase(k, 'snake')}`,
  },
  dockerfile: {
    names: ['Dockerfile'], dirs: ['.', 'docker'],
    header: (r) => [`FROM node:${r.pick(['18', '20'])}-alpine`, 'WORKDIR /app'],
    block: (r) => [`COPY ${r.pick(WORDS)}/ ./${r.pick(WORDS)}/`, `RUN npm ci --omit=dev && npm run build:${r.pick(WORDS)}`, `ENV ${upperSnake(r)}=${r.int(1000)}`],
    assign: (k, v, r) => `${r.pick(['ENV', 'ARG'])} ${toCase(k, 'upper')}=${v}`,
    envLookup: (k) => `ARG ${toCase(k, 'upper')}`,
  },
  env: {
    names: ['.env', '.env.production', '.env.staging'], dirs: ['.', 'config'],
    header: () => ['# environment'],
    block: (r) => [`${upperSnake(r)}=${r.pick(['true', 'false', String(r.int(9999)), r.pick(WORDS)])}`, `${upperSnake(r)}_URL=https://${r.pick(WORDS)}.acme.internal`],
    assign: (k, v) => `${toCase(k, 'upper')}=${v}`,
    envLookup: (k) => `${toCase(k, 'upper')}=\${${toCase(k, 'upper')}}`,
  },
  properties: {
    exts: ['.properties'], dirs: ['src/main/resources', 'config'],
    header: () => ['# Spring settings'],
    block: (r) => [`${snake(r).replace('_', '.')}.${r.pick(WORDS)}=${r.pick(['true', 'false', String(r.int(9999))])}`, `logging.level.com.acme.${r.pick(WORDS)}=${r.pick(['INFO', 'DEBUG', 'WARN'])}`],
    assign: (k, v) => `app.${toCase(k, 'dotted')}=${v}`,
    envLookup: (k) => `app.${toCase(k, 'dotted')}=\${${toCase(k, 'upper')}}`,
  },
  json: {
    exts: ['.json'], dirs: ['config', 'fixtures-data'],
    header: () => ['{', '  "version": 1,'], footer: () => ['  "end": true', '}'],
    block: (r) => [`  "${camel(r)}": { "enabled": ${r.pick(['true', 'false'])}, "limit": ${r.int(1000)}, "owner": "${r.pick(WORDS)}" },`],
    assign: (k, v) => `  "${toCase(k, 'camel')}": "${v}",`,
    envLookup: (k) => `  "${toCase(k, 'camel')}": "\${${toCase(k, 'upper')}}",`,
  },
  shell: {
    exts: ['.sh'], dirs: ['scripts', 'ci'],
    header: () => ['#!/usr/bin/env bash', 'set -euo pipefail'],
    block: (r) => [`echo "${sentence(r, 3)}"`, `${r.pick(['kubectl rollout status', 'aws s3 sync', 'npm run'])} ${r.pick(WORDS)}-${r.pick(WORDS)}`, `if [ -f "${r.pick(WORDS)}.lock" ]; then rm -f "${r.pick(WORDS)}.lock"; fi`],
    assign: (k, v) => `export ${toCase(k, 'upper')}="${v}"`,
    envLookup: (k) => `export ${toCase(k, 'upper')}="\${${toCase(k, 'upper')}:?missing}"`,
  },
  markdown: {
    exts: ['.md'], dirs: ['docs', '.'],
    header: (r) => [`# ${sentence(r, 3)}`, ''],
    block: (r) => [`## ${sentence(r, 2)}`, '', `${sentence(r, 14)}. ${sentence(r, 9)}.`, '', '```sh', `npm run ${r.pick(WORDS)}`, '```', ''],
    assign: (k, v) => `${toCase(k, 'upper')}=${v}`,
    envLookup: (k) => `Set \`${toCase(k, 'upper')}\` in your shell before running.`,
  },
};

/** Share of source files per language (weights). */
const LANG_WEIGHTS = [['ts', 22], ['js', 10], ['py', 14], ['go', 10], ['java', 8], ['yaml', 10], ['tf', 5], ['dockerfile', 2], ['env', 3], ['properties', 3], ['json', 7], ['shell', 3], ['markdown', 3]];

const DECOY_SNIPPETS = [
  ['placeholder', (lang, k, r) => lang.assign(k, 'changeme', r)],
  ['placeholder', (lang, k, r) => lang.assign(k, `<your-${toCase(k, 'snake').replace(/_/g, '-')}>`, r)],
  ['placeholder', (lang, k, r) => lang.assign(k, 'xxxxxxxxxxxxxxxxxxxxxxxx', r)],
  ['placeholder', (lang, k, r) => lang.assign(k, '********', r)],
  ['placeholder', (lang, k, r) => lang.assign(k, `\${${toCase(k, 'upper')}}`, r)],
  ['placeholder', (lang, k, r) => lang.assign(k, `{{ .Values.${toCase(k, 'camel')} }}`, r)],
  ['env-lookup', (lang, k) => lang.envLookup(k)],
  ['documentation-example', (lang, _k, r) => lang.assign('AWS_ACCESS_KEY_ID', 'AKIAIOSFODNN7EXAMPLE', r)],
  ['documentation-example', (lang, _k, r) => lang.assign('AWS_SECRET_ACCESS_KEY', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', r)],
  ['hash', (lang, _k, r) => lang.assign('checksum', `sha256:${r.chars(A.hex, 64)}`, r)],
  ['hash', (lang, _k, r) => lang.assign('commit_sha', r.chars(A.hex, 40), r)],
  ['identifier', (lang, _k, r) => lang.assign('request_id', uuid(r), r)],
  ['identifier', (lang, _k, r) => lang.assign('trace_id', r.chars(A.hex, 32), r)],
];

// ---------------------------------------------------------------------------------------------- generator

function parseSize(text) {
  const m = /^(\d+(?:\.\d+)?)\s*(kb|mb|gb)?$/i.exec(String(text).trim());
  if (!m) throw new Error(`--size '${text}' is not a size; use e.g. 20mb or 200mb`);
  const unit = { kb: 1 << 10, mb: 1 << 20, gb: 1 << 30 }[(m[2] ?? 'mb').toLowerCase()];
  return Math.round(Number(m[1]) * unit);
}

function weighted(r, pairs) {
  const total = pairs.reduce((s, [, w]) => s + w, 0);
  let x = r.int(total);
  for (const [v, w] of pairs) if ((x -= w) < 0) return v;
  return pairs[0][0];
}

/**
 * Source-file generator: lines, with planted secrets and decoys recorded by line number. Recipes and decoy
 * kinds rotate through `turns`, so every provider and decoy kind appears, evenly, at any corpus size.
 */
function sourceFile(r, lang, targetBytes, plantEvery, decoyEvery, turns) {
  const items = [];
  const push = (lines, tag) => items.push({ lines, tag });
  push(lang.header(r));
  let bytes = 0;
  let untilPlant = r.int(plantEvery);
  let untilDecoy = r.int(decoyEvery);
  while (bytes < targetBytes) {
    const lines = lang.block(r);
    push(lines);
    const blockBytes = lines.reduce((s, l) => s + l.length + 1, 0);
    bytes += blockBytes;
    untilPlant -= blockBytes;
    untilDecoy -= blockBytes;
    if (untilPlant <= 0) {
      untilPlant += plantEvery;
      const candidates = lang.multiline ? RECIPE_NAMES : RECIPE_NAMES.filter((n) => !RECIPES[n].pem);
      const name = candidates[turns.plant++ % candidates.length];
      const recipe = RECIPES[name];
      const key = r.pick(recipe.keys);
      const value = recipe.make(r);
      const planted = recipe.pem ? lang.multiline(key, value) : [lang.assign(key, value, r)];
      // A PEM block is located by its BEGIN..END lines, whatever wraps it (`key: |`, a template literal).
      const first = Math.max(0, planted.findIndex((l) => l.includes('-----BEGIN')));
      const last = recipe.pem ? planted.findIndex((l) => l.includes('-----END')) : first;
      push(planted, { type: 'planted', recipe: name, first, last });
    }
    if (untilDecoy <= 0) {
      untilDecoy += decoyEvery;
      const [kind, make] = DECOY_SNIPPETS[turns.decoy++ % DECOY_SNIPPETS.length];
      const key = r.pick(RECIPES[r.pick(['generic-password', 'generic-secret', 'generic-api-key', 'github-pat', 'stripe-live'])].keys);
      push([make(lang, key, r)], { type: 'decoy', kind });
    }
  }
  if (lang.footer) push(lang.footer(r));
  const planted = [];
  const decoys = [];
  const out = [];
  let line = 1;
  for (const { lines, tag } of items) {
    if (tag?.type === 'planted') planted.push({ line: line + tag.first, endLine: line + tag.last, recipe: tag.recipe });
    if (tag?.type === 'decoy') decoys.push({ line, kind: tag.kind });
    for (const l of lines) out.push(l);
    line += lines.length;
  }
  return { text: out.join('\n') + '\n', planted, decoys };
}

function packageLock(r, targetBytes) {
  const packages = { '': { name: snake(r).replace('_', '-'), version: '1.0.0' } };
  let bytes = 0;
  const decoyLines = [];
  while (bytes < targetBytes) {
    const name = `${r.pick(WORDS)}-${r.pick(WORDS)}${r.chance(0.3) ? `-${r.int(99)}` : ''}`;
    const version = `${r.int(12)}.${r.int(30)}.${r.int(30)}`;
    packages[`node_modules/${name}`] = {
      version,
      resolved: `https://registry.npmjs.org/${name}/-/${name}-${version}.tgz`,
      integrity: `sha512-${r.chars(A.b64, 86)}==`,
      license: r.pick(['MIT', 'ISC', 'Apache-2.0', 'BSD-3-Clause']),
      ...(r.chance(0.4) ? { dependencies: { [`${r.pick(WORDS)}-${r.pick(WORDS)}`]: `^${r.int(9)}.${r.int(9)}.0` } } : {}),
    };
    bytes += 260;
  }
  const text = JSON.stringify({ name: packages[''].name, version: '1.0.0', lockfileVersion: 3, requires: true, packages }, null, 2) + '\n';
  const lines = text.split('\n');
  for (let i = 0; i < lines.length && decoyLines.length < 5; i++) if (lines[i].includes('"integrity"')) decoyLines.push({ line: i + 1, kind: 'lockfile-integrity' });
  return { text, planted: [], decoys: decoyLines };
}

/** A minified bundle: a few very long lines; sometimes a key baked in by the build. */
function minifiedBundle(r, targetBytes) {
  const lines = [];
  const planted = [];
  let current = '!function(e){"use strict";';
  let bytes = 0;
  const plantAt = r.int(Math.max(1, Math.floor(targetBytes / 400000)));
  while (bytes < targetBytes) {
    const a = r.chars(A.lower, 1), b = r.chars(A.lower, 2), c = r.pick(WORDS);
    const piece = r.pick([
      `function ${a}${b}(${a},${b}){return ${a}&&${a}.${c}?${a}.${c}(${b}):void 0}`,
      `var ${b}=${a}.prototype.${c}||{};`,
      `${a}.${c}="${r.chars(A.lowerDigits, 6)}";`,
      `for(var ${a}=0;${a}<${b}.length;${a}++)${c}[${a}]=${b}[${a}]^${r.int(255)};`,
    ]);
    current += piece;
    bytes += piece.length;
    if (current.length > 400000) {
      if (lines.length === plantAt) {
        const name = r.pick(['google-api-key', 'stripe-live', 'sendgrid-api-key', 'slack-webhook']);
        current += `var cfg={${toCase(r.pick(RECIPES[name].keys), 'camel')}:"${RECIPES[name].make(r)}"};`;
        planted.push({ line: lines.length + 1, endLine: lines.length + 1, recipe: name });
      }
      lines.push(current);
      current = '';
    }
  }
  if (planted.length === 0) {
    const name = r.pick(['google-api-key', 'stripe-live', 'sendgrid-api-key', 'slack-webhook']);
    current += `var cfg={${toCase(r.pick(RECIPES[name].keys), 'camel')}:"${RECIPES[name].make(r)}"};`;
    planted.push({ line: lines.length + 1, endLine: lines.length + 1, recipe: name });
  }
  lines.push(current + '}(window);');
  lines.push('//# sourceMappingURL=app.min.js.map');
  return { text: lines.join('\n') + '\n', planted, decoys: [] };
}

function sourceMap(r, targetBytes) {
  let mappings = '';
  while (mappings.length < targetBytes) mappings += r.chars(A.b64.slice(0, 62), 4 + r.int(4)) + (r.chance(0.1) ? ';' : ',');
  const sources = Array.from({ length: 20 }, () => `webpack://app/./src/${r.pick(WORDS)}/${r.pick(WORDS)}.ts`);
  return { text: JSON.stringify({ version: 3, file: 'app.min.js', sources, names: WORDS.slice(0, 40), mappings }) + '\n', planted: [], decoys: [] };
}

function binary(r, targetBytes, kind) {
  const header = kind === 'png' ? Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])
    : kind === 'zip' ? Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0]) : Buffer.from([0x77, 0x4f, 0x46, 0x32, 0, 1, 0, 0]);
  return Buffer.concat([header, r.bytes(targetBytes)]);
}

/**
 * Writes the tree to `<out>/repo` (replacing it) and the manifest to `<out>/manifest.json`, outside the
 * scanned tree, and returns the manifest.
 */
export function generateCorpus({ size, out: outDir, seed = 'bench' }) {
  const out = join(outDir, 'repo');
  const total = typeof size === 'number' ? size : parseSize(size);
  const r = createRng(`${seed}:${GENERATOR_VERSION}`);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const manifest = { generatorVersion: GENERATOR_VERSION, seed, targetBytes: total, files: 0, bytes: 0, scannedFiles: 0, scannedBytes: 0, ignoredBytes: 0, planted: [], decoys: [] };
  const write = (file, content, { ignored = false, planted = [], decoys = [] } = {}) => {
    const path = join(out, file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
    const n = typeof content === 'string' ? Buffer.byteLength(content) : content.length;
    manifest.files++;
    manifest.bytes += n;
    if (ignored) manifest.ignoredBytes += n;
    else { manifest.scannedFiles++; manifest.scannedBytes += n; }
    for (const p of planted) manifest.planted.push({ file, ...p });
    for (const d of decoys) manifest.decoys.push({ file, ...d });
  };
  const used = new Set();
  // A clash goes into a numbered sibling folder, so special names (`Dockerfile`, `.env`) keep their name.
  const uniqueName = (base, ext) => {
    let name = `${base}${ext}`;
    for (let i = 2; used.has(name); i++) name = `${dirname(base)}/v${i}/${base.slice(dirname(base).length + 1)}${ext}`;
    used.add(name);
    return name;
  };

  write('.gitignore', 'node_modules/\ndist/\n*.log\ncoverage/\n');
  write('package.json', JSON.stringify({ name: 'acme-platform', private: true, workspaces: ['packages/*', 'services/*'] }, null, 2) + '\n');

  const budget = { source: total * 0.55, lock: total * 0.08, minified: total * 0.08, maps: total * 0.04, binary: total * 0.05, ignored: total * 0.2 };
  const turns = { plant: 0, decoy: 0, credential: 0, pem: 0 };
  const plantEvery = 40_000;
  const decoyEvery = 40_000;
  const projects = Math.max(4, Math.round(total / (2 << 20)));
  const projectNames = Array.from({ length: projects }, (_, i) => `${i % 2 ? 'services' : 'packages'}/${r.pick(WORDS)}-${r.pick(WORDS)}-${i}`);

  for (let bytes = 0; bytes < budget.source;) {
    const langName = weighted(r, LANG_WEIGHTS);
    const lang = LANGS[langName];
    const project = r.pick(projectNames);
    const dir = r.pick(lang.dirs);
    const base = lang.names ? r.pick(lang.names) : `${snake(r)}${r.chance(0.08) ? '.test' : ''}`;
    const file = uniqueName(`${project}/${dir}/${base}`.replace('/./', '/'), lang.exts ? r.pick(lang.exts) : '');
    const target = Math.min(budget.source - bytes, Math.round(Math.exp(Math.log(800) + (r.int(1000) / 1000) * Math.log(75))));
    const { text, planted, decoys } = sourceFile(r, lang, target, plantEvery, decoyEvery, turns);
    write(file, text, { planted, decoys });
    bytes += text.length;
  }
  for (const project of projectNames) {
    const pems = Math.max(1, Math.round(total / (40 << 20)));
    for (let i = 0; i < pems; i++) {
      const name = PEM_RECIPES[turns.pem++ % PEM_RECIPES.length];
      const value = RECIPES[name].make(r);
      write(uniqueName(`${project}/certs/${r.pick(WORDS)}`, '.key'), value + '\n', { planted: [{ line: 1, endLine: value.split('\n').length, recipe: name }] });
    }
  }
  for (const project of projectNames) {
    for (const kind of [CREDENTIAL_FILES[turns.credential++ % CREDENTIAL_FILES.length], CREDENTIAL_FILES[turns.credential++ % CREDENTIAL_FILES.length]]) {
      const file = `${project}/${kind.path}`;
      if (used.has(file)) continue;
      used.add(file);
      const { line, text } = kind.make(r);
      write(file, text, { planted: [{ line, endLine: line, recipe: kind.recipe }] });
    }
  }
  for (let bytes = 0; bytes < budget.lock;) {
    const { text, decoys } = packageLock(r, Math.min(budget.lock - bytes + 1000, r.between(200_000, 2_000_000)));
    write(uniqueName(`${r.pick(projectNames)}/package-lock`, '.json'), text, { decoys });
    bytes += text.length;
  }
  for (let bytes = 0; bytes < budget.minified;) {
    const project = r.pick(projectNames);
    const bundle = minifiedBundle(r, Math.min(budget.minified - bytes + 1000, r.between(500_000, 5_000_000)));
    const name = uniqueName(`${project}/public/assets/app.${r.chars(A.hex, 8)}`, '.min.js');
    write(name, bundle.text, bundle);
    bytes += bundle.text.length;
    if (budget.maps > 0) {
      const map = sourceMap(r, Math.min(budget.maps, bundle.text.length * 0.6));
      write(`${name}.map`, map.text);
      budget.maps -= map.text.length;
    }
  }
  for (let bytes = 0; bytes < budget.binary;) {
    const kind = r.pick(['png', 'zip', 'woff2']);
    const n = Math.min(budget.binary - bytes + 100, r.between(20_000, 800_000));
    write(uniqueName(`${r.pick(projectNames)}/assets/${r.pick(WORDS)}`, `.${kind}`), binary(r, n, kind));
    bytes += n;
  }
  for (let bytes = 0; bytes < budget.ignored;) {
    const inModules = r.chance(0.7);
    const project = r.pick(projectNames);
    const lang = LANGS[inModules ? 'js' : 'ts'];
    const file = inModules
      ? uniqueName(`node_modules/${r.pick(WORDS)}-${r.pick(WORDS)}/lib/${snake(r)}`, '.js')
      : uniqueName(`${project}/dist/${snake(r)}`, '.js');
    const { text, planted } = sourceFile(r, lang, r.between(5_000, 120_000), plantEvery, Number.MAX_SAFE_INTEGER, turns);
    // Values under ignored paths are not findings: a scanner that reports them is flagging decoys.
    write(file, text, { ignored: true, decoys: planted.map((p) => ({ line: p.line, kind: 'ignored-path' })) });
    bytes += text.length;
  }
  manifest.planted.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  manifest.decoys.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  writeFileSync(join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 1) + '\n');
  return manifest;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    const { values } = parseArgs({ options: { size: { type: 'string', default: '20mb' }, out: { type: 'string' }, seed: { type: 'string', default: 'bench' } }, strict: true });
    if (!values.out) throw new Error('--out DIR is required');
    const started = Date.now();
    const m = generateCorpus({ size: values.size, out: values.out, seed: values.seed });
    console.log(`corpus: ${m.files} files, ${(m.bytes / 1048576).toFixed(1)} MB (${(m.scannedBytes / 1048576).toFixed(1)} MB not ignored), ${m.planted.length} planted secrets, ${m.decoys.length} decoys in ${((Date.now() - started) / 1000).toFixed(1)} s → ${values.out}`);
  } catch (e) {
    console.error(`corpus: ${e.message}`);
    process.exitCode = 2;
  }
}
