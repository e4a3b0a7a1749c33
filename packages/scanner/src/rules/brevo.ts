import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { prefixedToken } from './shared.js';

export const brevoRules: Rule[] = [
  prefixedToken({
    id: 'brevo-api-key',
    provider: 'brevo',
    title: 'Brevo (Sendinblue) API key',
    kind: 'api-key',
    sensitivity: 'high',
    store: 'secrets-manager',
    prefix: 'xkeysib-',
    body: /[a-f0-9]{64}-[A-Za-z0-9]{16}/,
    sample: `${fake.hex(64, 'brevo1')}-${fake.alnum(16, 'brevo2')}`,
    name: 'BREVO_API_KEY',
  }),
  prefixedToken({
    id: 'brevo-smtp-key',
    provider: 'brevo',
    title: 'Brevo (Sendinblue) SMTP key',
    kind: 'password',
    sensitivity: 'high',
    store: 'secrets-manager',
    prefix: 'xsmtpsib-',
    body: /[a-f0-9]{64}-[A-Za-z0-9]{16}/,
    sample: `${fake.hex(64, 'brevo3')}-${fake.alnum(16, 'brevo4')}`,
    name: 'SMTP_PASSWORD',
  }),
];
