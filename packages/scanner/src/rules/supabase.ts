import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { assignedSecret, prefixedToken } from './shared.js';

export const supabaseRules: Rule[] = [
  prefixedToken({
    id: 'supabase-access-token',
    provider: 'supabase',
    title: 'Supabase personal access token',
    kind: 'access-token',
    sensitivity: 'high',
    store: 'secrets-manager',
    prefix: 'sbp_',
    body: /[a-f0-9]{40}/,
    sample: fake.hex(40, 'sbp'),
    name: 'SUPABASE_ACCESS_TOKEN',
  }),
  prefixedToken({
    id: 'supabase-secret-key',
    provider: 'supabase',
    title: 'Supabase secret API key',
    kind: 'api-key',
    sensitivity: 'critical',
    store: 'secrets-manager',
    prefix: 'sb_' + 'secret_',
    body: /[A-Za-z0-9_-]{31,64}/,
    sample: fake.base64url(31, 'sb-secret'),
    name: 'SUPABASE_SECRET_KEY',
  }),
  assignedSecret({
    id: 'supabase-service-role-key',
    provider: 'supabase',
    title: 'Supabase service_role key (JWT)',
    kind: 'api-key',
    sensitivity: 'critical',
    store: 'secrets-manager',
    keywords: ['service_role', 'service-role', 'servicerole'],
    key: /supabase[\w.-]{0,20}?service[_-]?role|service[_-]?role[_-]?key/,
    value: /eyJ[A-Za-z0-9_-]{10,1024}\.eyJ[A-Za-z0-9_-]{10,4096}\.[A-Za-z0-9_-]{16,1024}/,
    sample: `${Buffer.from('{"alg":"HS256","typ":"JWT"}').toString('base64url')}.${Buffer.from('{"role":"service_role","iss":"supabase"}').toString('base64url')}.${fake.base64url(43, 'supabase-sr')}`,
    name: 'SUPABASE_SERVICE_ROLE_KEY',
  }),
];
