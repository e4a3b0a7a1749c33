import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { assignedSecret } from './shared.js';

export const oracleRules: Rule[] = [
  assignedSecret({
    id: 'oracle-cloud-auth-token',
    provider: 'oracle',
    title: 'Oracle Cloud (OCI) auth token',
    kind: 'cloud-credential',
    sensitivity: 'high',
    store: 'secrets-manager',
    keywords: ['oci_', 'oci-', 'oracle'],
    key: /(?:oci|oracle)[\w.-]{0,20}?auth[_.-]?token/,
    value: /[A-Za-z0-9:;_.+()<>{}#-]{20}/,
    sample: fake.alnum(20, 'oci'),
    name: 'OCI_AUTH_TOKEN',
  }),
];
