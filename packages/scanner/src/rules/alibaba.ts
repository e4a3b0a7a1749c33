import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { assignedSecret, prefixedToken } from './shared.js';

export const alibabaRules: Rule[] = [
  prefixedToken({
    id: 'alibaba-access-key-id',
    provider: 'alibaba',
    title: 'Alibaba Cloud AccessKey ID',
    kind: 'cloud-credential',
    sensitivity: 'critical',
    store: 'secrets-manager',
    prefix: 'LT' + 'AI',
    body: /[A-Za-z0-9]{20}/,
    sample: fake.alnum(20, 'alibaba-id'),
    name: 'ALIBABA_CLOUD_ACCESS_KEY_ID',
  }),
  assignedSecret({
    id: 'alibaba-access-key-secret',
    provider: 'alibaba',
    title: 'Alibaba Cloud AccessKey secret',
    kind: 'cloud-credential',
    sensitivity: 'critical',
    store: 'secrets-manager',
    keywords: ['alibaba', 'aliyun', 'alicloud'],
    key: /alibaba|aliyun|alicloud/,
    value: /[A-Za-z0-9]{30}/,
    sample: fake.alnum(30, 'alibaba-secret'),
    name: 'ALIBABA_CLOUD_ACCESS_KEY_SECRET',
  }),
];
