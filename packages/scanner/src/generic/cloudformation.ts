import { fake } from '@unleak/core';
import type { GenericRule } from './rule.js';

const password = fake.password(20, 'cfn-noecho');

/** A `NoEcho: true` parameter is secret by declaration; its `Default` puts the secret in the template. */
export const cloudformationNoEchoDefault: GenericRule = {
  id: 'cloudformation-noecho-default',
  title: 'Default value of a NoEcho CloudFormation parameter',
  role: 'secret',
  kind: 'password',
  sensitivity: 'high',
  store: 'secrets-manager',
  key: /./,
  scope: /^Parameters > NoEcho$/,
  fileKinds: ['cloudformation'],
  values: 'declared',
  minLength: 1,
  minEntropy: 0,
  refine: [{ when: /(?:db|database|rds|master|aurora)/, kind: 'db-password' }],
  samples: {
    match: [
      { file: 'stack.yaml', text: `AWSTemplateFormatVersion: "2010-09-09"\nParameters:\n  DBPassword:\n    Type: String\n    NoEcho: true\n    Default: ${password}\n` },
      { file: 'stack.json', text: `{"AWSTemplateFormatVersion": "2010-09-09", "Parameters": {"ApiKey": {"Type": "String", "NoEcho": "true", "Default": "${password}"}}}` },
    ],
    noMatch: [
      { file: 'stack.yaml', text: 'AWSTemplateFormatVersion: "2010-09-09"\nParameters:\n  DBPassword:\n    Type: String\n    NoEcho: true\n' },
      { file: 'stack.yaml', text: 'AWSTemplateFormatVersion: "2010-09-09"\nParameters:\n  Env:\n    Type: String\n    Default: production\n' },
      { file: 'stack.yaml', text: `AWSTemplateFormatVersion: "2010-09-09"\nParameters:\n  DBPassword:\n    Type: String\n    NoEcho: true\n    Default: '{{resolve:secretsmanager:db:SecretString:password}}'\n` },
    ],
  },
};
