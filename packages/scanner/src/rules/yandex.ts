import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { assignedSecret, prefixedToken } from './shared.js';

export const yandexRules: Rule[] = [
  prefixedToken({
    id: 'yandex-api-key',
    provider: 'yandex',
    title: 'Yandex Cloud API key',
    kind: 'api-key',
    sensitivity: 'high',
    store: 'secrets-manager',
    prefix: 'AQVN',
    body: /[A-Za-z0-9_-]{35,38}/,
    sample: fake.base64url(36, 'yandex-api'),
    name: 'YC_API_KEY',
  }),
  assignedSecret({
    id: 'yandex-aws-access-token',
    provider: 'yandex',
    title: 'Yandex Cloud static access key',
    kind: 'cloud-credential',
    sensitivity: 'high',
    store: 'secrets-manager',
    keywords: ['yandex', 'yc_'],
    key: /yandex|yc_/,
    value: /YC[A-Za-z0-9_-]{38}/,
    sample: 'YC' + fake.base64url(38, 'yandex-aws'),
    name: 'YC_SECRET_KEY',
  }),
  prefixedToken({
    id: 'yandex-access-token',
    provider: 'yandex',
    title: 'Yandex OAuth / IAM access token',
    kind: 'access-token',
    sensitivity: 'medium',
    store: 'ssm-secure',
    prefix: 't1.',
    body: /[A-Za-z0-9_-]{4,64}={0,2}\.[A-Za-z0-9_-]{86}={0,2}/,
    sample: `${fake.base64url(40, 'ya-t1')}.${fake.base64url(86, 'ya-t2')}`,
    name: 'YC_IAM_TOKEN',
  }),
];
