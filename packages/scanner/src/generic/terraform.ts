import { fake } from '@unleak/core';
import type { GenericRule } from './rule.js';

/**
 * Static credentials in a Terraform `provider` block. AWS keys should not be migrated but removed in favour
 * of a role or profile; other providers' credentials move to a store.
 */
export const terraformProviderCredential: GenericRule = {
  id: 'terraform-provider-credential',
  title: 'Static credential in a Terraform provider block',
  role: 'secret',
  kind: 'cloud-credential',
  sensitivity: 'critical',
  store: 'ssm-secure',
  key: /^(?:access_key|secret_key|token|password|client_secret|api_key|api_token|app_key|auth_token|client_certificate_password|credentials)$/,
  scope: /^provider "[^"]+"/,
  fileKinds: ['terraform'],
  values: 'strict',
  minLength: 8,
  minEntropy: 3,
  refine: [
    { when: /^provider_aws.* secret_key$/, kind: 'aws-secret-key', store: 'remove' },
    { when: /^provider_aws.* access_key$/, kind: 'aws-access-key', store: 'remove' },
    { when: /^provider_aws.* token$/, kind: 'aws-session-token', store: 'remove' },
  ],
  samples: {
    match: [
      { file: 'main.tf', text: `provider "aws" {\n  region     = "eu-west-1"\n  secret_key = "${fake.base64(40, 'tf-aws-secret')}"\n}\n` },
      { file: 'main.tf', text: `provider "datadog" {\n  api_key = "${fake.hex(32, 'tf-dd')}"\n}\n` },
    ],
    noMatch: [
      { file: 'main.tf', text: 'provider "aws" {\n  secret_key = var.aws_secret_key\n}\n' },
      { file: 'main.tf', text: 'provider "aws" {\n  region = "eu-west-1"\n  profile = "prod"\n}\n' },
    ],
  },
};
