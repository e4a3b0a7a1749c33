import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { prefixedToken } from './shared.js';

export const planetscaleRules: Rule[] = [
  prefixedToken({
    id: 'planetscale-service-token',
    provider: 'planetscale',
    title: 'PlanetScale service token',
    kind: 'access-token',
    sensitivity: 'high',
    store: 'secrets-manager',
    prefix: 'pscale_tkn_',
    body: /[A-Za-z0-9_=.-]{32,64}/,
    sample: fake.base64url(43, 'pscale-tkn'),
    name: 'PLANETSCALE_SERVICE_TOKEN',
  }),
  prefixedToken({
    id: 'planetscale-password',
    provider: 'planetscale',
    title: 'PlanetScale database password',
    kind: 'db-password',
    sensitivity: 'critical',
    store: 'secrets-manager',
    prefix: 'pscale_pw_',
    body: /[A-Za-z0-9_=.-]{32,64}/,
    sample: fake.base64url(43, 'pscale-pw'),
    name: 'DATABASE_PASSWORD',
  }),
  prefixedToken({
    id: 'planetscale-oauth-token',
    provider: 'planetscale',
    title: 'PlanetScale OAuth token',
    kind: 'access-token',
    sensitivity: 'high',
    store: 'secrets-manager',
    prefix: 'pscale_oauth_',
    body: /[A-Za-z0-9_=.-]{32,64}/,
    sample: fake.base64url(43, 'pscale-oauth'),
    name: 'PLANETSCALE_OAUTH_TOKEN',
  }),
];
