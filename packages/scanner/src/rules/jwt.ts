import type { Rule } from '../rule.js';

const b64url = (s: string) => Buffer.from(s).toString('base64url');

/** A JWT is a secret only if its header really is a JOSE header: JSON with an `alg`. */
function hasJoseHeader(token: string): boolean {
  const header = token.slice(0, token.indexOf('.'));
  try {
    const parsed: unknown = JSON.parse(Buffer.from(header, 'base64url').toString('utf8'));
    return typeof parsed === 'object' && parsed !== null && typeof (parsed as { alg?: unknown }).alg === 'string';
  } catch {
    return false;
  }
}

function sampleJwt(header: object, payload: object, signatureSeed: string): string {
  return `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(payload))}.${b64url(signatureSeed.repeat(4)).slice(0, 43)}`;
}

export const jwtRules: Rule[] = [
  {
    id: 'jwt',
    provider: 'jwt',
    title: 'JSON Web Token',
    kind: 'jwt',
    sensitivity: 'medium',
    store: 'ssm-secure',
    keywords: ['eyj'],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>eyJ[A-Za-z0-9_-]{10,1024}\.ey[A-Za-z0-9_-]{10,8192}\.[A-Za-z0-9_-]{16,1024})(?![A-Za-z0-9_.-])/,
    minEntropy: 4,
    validate: hasJoseHeader,
    samples: {
      match: [
        `Authorization: Bearer ${sampleJwt({ alg: 'HS256', typ: 'JWT' }, { sub: 'svc-billing', iat: 1700000000, scope: 'orders:write' }, 'k7Qz9')}`,
        `token: ${sampleJwt({ alg: 'RS256', kid: 'prod-1' }, { iss: 'https://auth.example.com', sub: 'ci' }, 'Zp4xW')}`,
      ],
      noMatch: [
        `token: ${b64url('{"typ":"JWT","foo":1}')}.${b64url('{"sub":"x","role":"admin"}')}.${b64url('signature-bytes-here')}`,
        `data: ${b64url('{"alg":"HS256"}')}.${b64url('{"sub":"x"}')}`,
        'token: eyJhbGciOiJIUzI1NiJ9.<payload>.<signature>',
      ],
    },
  },
  {
    id: 'kubernetes-service-account-token',
    provider: 'kubernetes',
    title: 'Kubernetes service-account token (legacy secret-based)',
    kind: 'access-token',
    sensitivity: 'high',
    store: 'secrets-manager',
    keywords: ['eyjpc3mioijrdwjlcm5ldgvzl3nlcnzpy2vhy2nvdw50'],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>eyJ[A-Za-z0-9_-]{10,1024}\.eyJpc3MiOiJrdWJlcm5ldGVzL3NlcnZpY2VhY2NvdW50[A-Za-z0-9_-]{10,8192}\.[A-Za-z0-9_-]{16,1024})(?![A-Za-z0-9_.-])/,
    validate: hasJoseHeader,
    samples: {
      match: [
        `token: ${sampleJwt({ alg: 'RS256', kid: 'x1' }, { iss: 'kubernetes/serviceaccount', 'kubernetes.io/serviceaccount/namespace': 'prod' }, 'Qm8vT')}`,
      ],
      noMatch: [`token: ${sampleJwt({ alg: 'RS256' }, { iss: 'https://auth.example.com' }, 'Qm8vT')}`],
    },
  },
];
