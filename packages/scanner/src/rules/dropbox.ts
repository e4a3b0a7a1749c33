import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { assignedSecret, prefixedToken } from './shared.js';

export const dropboxRules: Rule[] = [
  prefixedToken({
    id: 'dropbox-short-lived-token',
    provider: 'dropbox',
    title: 'Dropbox short-lived access token',
    kind: 'access-token',
    sensitivity: 'medium',
    store: 'ssm-secure',
    prefix: 'sl.',
    body: /(?:u\.)?[A-Za-z0-9_-]{130,1100}/,
    sample: fake.base64url(138, 'dropbox-sl'),
    name: 'DROPBOX_TOKEN',
  }),
  assignedSecret({
    id: 'dropbox-long-lived-token',
    provider: 'dropbox',
    title: 'Dropbox long-lived access token',
    kind: 'access-token',
    sensitivity: 'high',
    store: 'secrets-manager',
    keywords: ['dropbox'],
    key: /dropbox/,
    value: /[A-Za-z0-9]{11}AAAAAAAAAA[A-Za-z0-9_=-]{43}/,
    sample: fake.alnum(11, 'dbx1') + 'AAAAAAAAAA' + fake.base64url(43, 'dbx2'),
    name: 'DROPBOX_TOKEN',
  }),
];
