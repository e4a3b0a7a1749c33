import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { assignedSecret, prefixedToken } from './shared.js';

export const contentfulRules: Rule[] = [
  prefixedToken({
    id: 'contentful-pat',
    provider: 'contentful',
    title: 'Contentful management token',
    kind: 'access-token',
    sensitivity: 'high',
    store: 'secrets-manager',
    prefix: 'CFPAT-',
    body: /[A-Za-z0-9_-]{43}/,
    sample: fake.base64url(43, 'cfpat'),
    name: 'CONTENTFUL_MANAGEMENT_TOKEN',
  }),
  assignedSecret({
    id: 'contentful-delivery-token',
    provider: 'contentful',
    title: 'Contentful delivery / preview API token',
    kind: 'api-key',
    sensitivity: 'low',
    store: 'ssm-secure',
    keywords: ['contentful'],
    key: /contentful[\w.-]{0,20}?(?:delivery|preview|access)[_.-]?(?:api[_.-]?)?(?:token|key)/,
    value: /[A-Za-z0-9_-]{43}/,
    sample: fake.base64url(43, 'cf-delivery'),
    name: 'CONTENTFUL_DELIVERY_TOKEN',
  }),
];
