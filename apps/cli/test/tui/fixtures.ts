import type { ReviewRow } from '../../src/tui/model.js';

/** Review rows as the session builds them: redacted values only. */
export function row(over: Partial<ReviewRow> & Pick<ReviewRow, 'id' | 'itemId' | 'file'>): ReviewRow {
  return {
    fingerprint: `v1:${over.id}`,
    line: 1,
    column: 1,
    rule: 'generic-password',
    kind: 'password',
    sensitivity: 'high',
    redacted: 'ab…yz',
    project: 'shop',
    proposal: { store: 'secrets-manager', name: `shop/prod/${over.id}` },
    reason: 'a password in production config → Secrets Manager',
    rotation: { needed: false, note: '' },
    context: [{ line: 1, text: `PASSWORD=ab…yz` }],
    ...over,
  };
}

/** Four findings in three items: a db password + host (one item) in .env, a Stripe key, an AWS key in Terraform. */
export function sampleRows(): ReviewRow[] {
  return [
    row({ id: 'db-pass', itemId: 'item-db', file: 'apps/shop/.env', line: 3, kind: 'db-password', sensitivity: 'critical', proposal: { store: 'secrets-manager', name: 'shop/prod/db' } }),
    row({ id: 'db-host', itemId: 'item-db', file: 'apps/shop/.env', line: 2, kind: 'hostname', sensitivity: 'low', proposal: { store: 'secrets-manager', name: 'shop/prod/db' } }),
    row({ id: 'stripe', itemId: 'item-stripe', file: 'apps/shop/src/pay.ts', line: 10, rule: 'stripe-live-secret-key', kind: 'payment-key', proposal: { store: 'ssm-secure', name: '/shop/prod/stripe-key' } }),
    row({ id: 'aws', itemId: 'item-aws', file: 'infra/main.tf', line: 5, rule: 'aws-access-key-id', kind: 'aws-access-key', project: 'infra', sensitivity: 'critical', proposal: { store: 'remove', name: '' } }),
  ];
}
