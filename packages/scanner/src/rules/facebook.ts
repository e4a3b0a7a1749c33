import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { assignedSecret, prefixedToken } from './shared.js';

export const facebookRules: Rule[] = [
  prefixedToken({
    id: 'facebook-access-token',
    provider: 'facebook',
    title: 'Facebook / Meta access token',
    kind: 'access-token',
    sensitivity: 'high',
    store: 'secrets-manager',
    prefix: 'EAA',
    body: /[MC][A-Za-z0-9]{100,400}/,
    sample: 'M' + fake.alnum(180, 'facebook'),
    name: 'FACEBOOK_ACCESS_TOKEN',
  }),
  assignedSecret({
    id: 'facebook-app-secret',
    provider: 'facebook',
    title: 'Facebook / Meta app secret',
    kind: 'oauth-secret',
    sensitivity: 'high',
    store: 'secrets-manager',
    keywords: ['facebook', 'fb_app', 'meta_app'],
    key: /facebook|fb_app|meta_app/,
    value: /[a-f0-9]{32}/,
    sample: fake.hex(32, 'fb-secret'),
    name: 'FACEBOOK_APP_SECRET',
  }),
];
