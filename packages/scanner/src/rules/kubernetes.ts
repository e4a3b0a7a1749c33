import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';

export const kubernetesRules: Rule[] = [
  {
    id: 'kubeconfig-client-key-data',
    provider: 'kubernetes',
    title: 'kubeconfig client-key-data (base64 private key)',
    kind: 'private-key',
    sensitivity: 'critical',
    store: 'secrets-manager',
    keywords: ['client-key-data'],
    pattern: /client-key-data:\s{0,8}["']?(?<secret>LS0tLS1CRUdJTi[A-Za-z0-9+/]{100,16384}={0,2})/,
    samples: {
      match: [`users:\n- name: admin\n  user:\n    client-key-data: ${Buffer.from(`-----BEGIN RSA PRIVATE KEY-----\n${fake.base64(256, 'kube-key')}\n-----END RSA PRIVATE KEY-----\n`).toString('base64')}\n`],
      noMatch: ['    client-key-data: REDACTED', '    client-key-data: ${CLIENT_KEY_DATA}'],
    },
  },
];
