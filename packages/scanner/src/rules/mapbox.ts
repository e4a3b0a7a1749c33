import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { prefixedToken } from './shared.js';

export const mapboxRules: Rule[] = [
  prefixedToken({
    id: 'mapbox-secret-token',
    provider: 'mapbox',
    title: 'Mapbox secret access token',
    kind: 'access-token',
    sensitivity: 'high',
    store: 'secrets-manager',
    prefix: 'sk.' + 'eyJ',
    body: /[A-Za-z0-9_-]{50,400}\.[A-Za-z0-9_-]{20,40}/,
    sample: `${fake.base64url(60, 'mapbox1')}.${fake.base64url(22, 'mapbox2')}`,
    name: 'MAPBOX_SECRET_TOKEN',
  }),
];
