import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { prefixedToken } from './shared.js';

export const sonarqubeRules: Rule[] = [
  prefixedToken({
    id: 'sonarqube-user-token',
    provider: 'sonarqube',
    title: 'SonarQube user token',
    kind: 'access-token',
    sensitivity: 'high',
    store: 'secrets-manager',
    prefix: 'squ_',
    body: /[a-f0-9]{40}/,
    sample: fake.hex(40, 'squ'),
    name: 'SONAR_TOKEN',
  }),
  prefixedToken({
    id: 'sonarqube-project-token',
    provider: 'sonarqube',
    title: 'SonarQube project analysis token',
    kind: 'access-token',
    sensitivity: 'medium',
    store: 'ssm-secure',
    prefix: 'sqp_',
    body: /[a-f0-9]{40}/,
    sample: fake.hex(40, 'sqp'),
    name: 'SONAR_TOKEN',
  }),
  prefixedToken({
    id: 'sonarqube-global-token',
    provider: 'sonarqube',
    title: 'SonarQube global analysis token',
    kind: 'access-token',
    sensitivity: 'high',
    store: 'secrets-manager',
    prefix: 'sqa_',
    body: /[a-f0-9]{40}/,
    sample: fake.hex(40, 'sqa'),
    name: 'SONAR_TOKEN',
  }),
];
