import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { prefixedToken } from './shared.js';

export const circleciRules: Rule[] = [
  prefixedToken({
    id: 'circleci-pat',
    provider: 'circleci',
    title: 'CircleCI personal API token',
    kind: 'access-token',
    sensitivity: 'high',
    store: 'secrets-manager',
    prefix: 'CCIPAT_',
    body: /[A-Za-z0-9]{22}_[a-f0-9]{40}/,
    sample: `${fake.alnum(22, 'cci1')}_${fake.hex(40, 'cci2')}`,
    name: 'CIRCLECI_TOKEN',
  }),
  prefixedToken({
    id: 'circleci-project-token',
    provider: 'circleci',
    title: 'CircleCI project API token',
    kind: 'access-token',
    sensitivity: 'high',
    store: 'secrets-manager',
    prefix: 'CCIPRJ_',
    body: /[A-Za-z0-9]{22}_[a-f0-9]{40}/,
    sample: `${fake.alnum(22, 'ccp1')}_${fake.hex(40, 'ccp2')}`,
    name: 'CIRCLECI_PROJECT_TOKEN',
  }),
];
