import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Lines of the example that look like credentials but are not: a scanner should report none of them
 * (test fixtures excepted, which may be reported at low sensitivity). `text` identifies the line.
 */
export interface Decoy {
  file: string;
  text: string;
  why: 'placeholder' | 'env-lookup' | 'documentation-example' | 'test-fixture' | 'hash' | 'identifier' | 'public-key';
}

export const DECOYS: readonly Decoy[] = [
  { file: '.env.example', text: 'DB_PASSWORD=changeme', why: 'placeholder' },
  { file: '.env.example', text: 'STRIPE_SECRET_KEY=<your-stripe-secret-key>', why: 'placeholder' },
  { file: '.env.example', text: 'STRIPE_WEBHOOK_SECRET=whsec_xxxx', why: 'placeholder' },
  { file: '.env.example', text: 'SESSION_SECRET=${SESSION_SECRET}', why: 'placeholder' },
  { file: 'apps/api/src/config.ts', text: "sessionSecret: process.env.SESSION_SECRET ?? 'dev-only-not-a-secret'", why: 'placeholder' },
  { file: 'apps/api/src/payments/stripe-client.ts', text: 'Authorization: `Bearer ${STRIPE_KEY}`', why: 'env-lookup' },
  { file: 'apps/api/test/orders.test.ts', text: "postgres://tester:not-a-real-password@localhost", why: 'test-fixture' },
  { file: 'apps/api/test/fixtures/users.json', text: '"password": "correct-horse-battery-staple"', why: 'test-fixture' },
  { file: 'apps/api/test/fixtures/users.json', text: '"password": "${TEST_USER_PASSWORD}"', why: 'placeholder' },
  { file: 'apps/web/index.html', text: 'integrity="sha384-', why: 'hash' },
  { file: 'apps/web/index.html', text: 'data-build="9c1185a5', why: 'hash' },
  { file: 'apps/web/src/analytics.js', text: "sessionId = settings.sessionId || '3f2c9a1e", why: 'identifier' },
  { file: 'k8s/configmap.yaml', text: 'BUILD_SHA: 9c1185a5', why: 'hash' },
  { file: 'package-lock.json', text: '"integrity": "sha512-', why: 'hash' },
  { file: 'services/billing/billing/settings.py', text: 'STRIPE_WEBHOOK_SECRET = os.environ["STRIPE_WEBHOOK_SECRET"]', why: 'env-lookup' },
  { file: 'services/billing/tests/test_invoices.py', text: 'TEST_AWS_ACCESS_KEY_ID = "AKIAIOSFODNN7EXAMPLE"', why: 'documentation-example' },
  { file: 'services/billing/tests/test_invoices.py', text: 'TEST_AWS_SECRET_ACCESS_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"', why: 'documentation-example' },
  { file: 'docs/SETUP.md', text: 'aws_access_key_id = AKIAIOSFODNN7EXAMPLE', why: 'documentation-example' },
  { file: 'docs/SETUP.md', text: 'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', why: 'documentation-example' },
  { file: 'docs/SETUP.md', text: '_authToken=<your-github-token>', why: 'placeholder' },
  { file: 'k8s/deployment.yaml', text: 'secretKeyRef:', why: 'env-lookup' },
  { file: 'ansible/group_vars/all.yml', text: 'db_password: "{{ vault_db_password }}"', why: 'placeholder' },
  { file: 'config/application.properties', text: 'reports.s3.access-key=${REPORTS_S3_ACCESS_KEY}', why: 'placeholder' },
  { file: 'scripts/backup-db.sh', text: 'PGPASSWORD="$DB_PASSWORD"', why: 'env-lookup' },
  { file: '.github/workflows/deploy.yml', text: 'SLACK_WEBHOOK: ${{ secrets.SLACK_WEBHOOK }}', why: 'placeholder' },
  { file: 'infra/terraform/main.tf', text: 'api_key = var.datadog_api_key', why: 'env-lookup' },
  { file: 'infra/ssh/deploy_key.pub', text: 'ssh-ed25519 AAAA', why: 'public-key' },
];

export interface LocatedDecoy extends Decoy {
  line: number;
}

/** The line of each decoy in a materialised example (or the template); fails if one is missing. */
export async function locateDecoys(root: string): Promise<LocatedDecoy[]> {
  const located: LocatedDecoy[] = [];
  const missing: string[] = [];
  for (const decoy of DECOYS) {
    const lines = (await readFile(join(root, decoy.file), 'utf8')).split('\n');
    const index = lines.findIndex((l) => l.includes(decoy.text));
    if (index === -1) missing.push(`${decoy.file}: '${decoy.text}'`);
    else located.push({ ...decoy, line: index + 1 });
  }
  if (missing.length > 0) throw new Error(`decoys not found in ${root}: ${missing.join('; ')}`);
  return located;
}
