import { ALPHABETS, fake, fakeChars } from '@unleak/core';

/**
 * Fake-credential recipes for the example repo's `{{fake:<recipe>:<seed>}}` markers. Each builds a value
 * that is well-formed for its provider (so scanners and the migration see the real shape) from the seed,
 * the same on every machine. Prefixes are split (`'gh' + 'p_'`) so this file itself is never a token.
 */
export const RECIPES = {
  'aws-access-key-id': (seed: string) => 'AK' + 'IA' + fake.upper(16, seed),
  'aws-secret-access-key': (seed: string) => fake.base64(40, seed),
  'github-pat': (seed: string) => 'gh' + 'p_' + fake.alnum(36, seed),
  'github-fine-grained-pat': (seed: string) => 'github' + '_pat_' + fake.alnum(22, seed) + '_' + fake.alnum(59, `${seed}/2`),
  'gitlab-pat': (seed: string) => 'gl' + 'pat-' + fake.alnum(20, seed),
  'slack-bot-token': (seed: string) => 'xo' + 'xb-' + fake.digits(11, seed) + '-' + fake.digits(13, `${seed}/2`) + '-' + fake.alnum(24, `${seed}/3`),
  'slack-webhook': (seed: string) =>
    'https://hooks.slack.com/' + 'services/T' + fake.upper(8, seed) + '/B' + fake.upper(10, `${seed}/2`) + '/' + fake.alnum(24, `${seed}/3`),
  'stripe-live': (seed: string) => 'sk' + '_live_' + fake.alnum(24, seed),
  'stripe-webhook-secret': (seed: string) => 'wh' + 'sec_' + fake.alnum(32, seed),
  'sendgrid-api-key': (seed: string) => 'S' + 'G.' + fake.base64url(22, seed) + '.' + fake.base64url(43, `${seed}/2`),
  'mailgun-api-key': (seed: string) => 'key' + '-' + fake.hex(32, seed),
  'twilio-auth-token': (seed: string) => fake.hex(32, seed),
  'datadog-api-key': (seed: string) => fake.hex(32, seed),
  'google-api-key': (seed: string) => 'AI' + 'za' + fake.base64url(35, seed),
  'npm-token': (seed: string) => 'np' + 'm_' + fake.alnum(36, seed),
  'docker-hub-pat': (seed: string) => 'dckr' + '_pat_' + fake.base64url(27, seed),
  'jwt': (seed: string) => fakeJwt(seed),
  'hex-secret': (seed: string) => fake.hex(64, seed),
  'password': (seed: string) => fake.password(20, seed),
  /** A password that needs no percent-encoding inside a URL's userinfo. */
  'url-password': (seed: string) => fakeChars(`${ALPHABETS.alnum}-_`, 20, seed),
  'rsa-private-key': (seed: string) => fakePem('RSA PRIVATE KEY', seed, 25),
  'openssh-private-key': (seed: string) => fakePem('OPENSSH PRIVATE KEY', seed, 7),
} satisfies Record<string, (seed: string) => string>;

export type RecipeName = keyof typeof RECIPES;

export const RECIPE_NAMES = Object.keys(RECIPES) as RecipeName[];

export function isRecipeName(name: string): name is RecipeName {
  return Object.hasOwn(RECIPES, name);
}

function base64url(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url');
}

/** A structurally valid HS256 JWT (header and payload decode to JSON) with a fake signature. */
function fakeJwt(seed: string): string {
  const header = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const payload = base64url(JSON.stringify({ sub: `svc-${fake.lower(8, seed)}`, iss: 'legacy-shop', iat: 1514764800 }));
  return `${header}.${payload}.${fake.base64url(43, `${seed}/sig`)}`;
}

/**
 * How the base64 body of each key type starts (the DER SEQUENCE header, or OpenSSH's `openssh-key-v1`
 * magic): scanners that validate the body expect it, and real keys always have it.
 */
const PEM_BODY_START: Record<string, string> = {
  'RSA PRIVATE KEY': 'MIIEpAIBAAKCAQEA',
  'OPENSSH PRIVATE KEY': 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAAB',
};

/** A PEM block with 64-character base64 body lines; past its magic start the body is random, not a key. */
function fakePem(label: string, seed: string, bodyLines: number): string {
  const start = PEM_BODY_START[label] ?? '';
  const lines = [`-----BEGIN ${label}-----`];
  for (let i = 0; i < bodyLines; i++) lines.push(i === 0 ? start + fake.base64(64 - start.length, seed) : fake.base64(64, `${seed}/${i}`));
  lines.push(fake.base64(44, `${seed}/tail`) + '=');
  lines.push(`-----END ${label}-----`);
  return lines.join('\n');
}
