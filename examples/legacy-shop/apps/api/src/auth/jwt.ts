import crypto from 'crypto';

const JWT_SECRET = '{{fake:hex-secret:jwt}}';

// Long-lived token the reports service uses to call us; rotated "next quarter" since 2019.
export const REPORTS_SERVICE_TOKEN = '{{fake:jwt:reports-svc}}';

function base64url(input: Buffer | string): string {
  return Buffer.from(input).toString('base64').replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
}

export function sign(payload: Record<string, unknown>, ttlSeconds = 3600): string {
  const header = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const now = Math.floor(Date.now() / 1000);
  const body = base64url(JSON.stringify({ ...payload, iat: now, exp: now + ttlSeconds }));
  const signature = base64url(crypto.createHmac('sha256', JWT_SECRET).update(`${header}.${body}`).digest());
  return `${header}.${body}.${signature}`;
}

export function verify(token: string): Record<string, unknown> | undefined {
  const [header, body, signature] = token.split('.');
  if (header === undefined || body === undefined || signature === undefined) return undefined;
  const expected = base64url(crypto.createHmac('sha256', JWT_SECRET).update(`${header}.${body}`).digest());
  if (expected.length !== signature.length || !crypto.timingSafeEqual(Buffer.from(expected), Buffer.from(signature))) return undefined;
  const claims = JSON.parse(Buffer.from(body, 'base64').toString('utf8')) as Record<string, unknown>;
  const exp = typeof claims.exp === 'number' ? claims.exp : 0;
  return exp * 1000 > Date.now() ? claims : undefined;
}
