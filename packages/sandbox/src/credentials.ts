/**
 * The sandbox's own credentials. They are deliberately fake-looking (no `AKIA`/`ASIA` prefix, no `hvs.`
 * token prefix) so that no scanner or reader mistakes them for real ones, and fixed so that a sandbox
 * restarted on the same `--state` file keeps working with already-exported variables.
 */
export const SANDBOX_CREDENTIALS = {
  accessKeyId: 'UNLEAKSANDBOXKEYID00',
  secretAccessKey: 'unleak-sandbox-secret-access-key-not-real',
} as const;

export const SANDBOX_VAULT_TOKEN = 'unleak-sandbox-vault-token';

export const DEFAULT_REGION = 'us-east-1';
export const DEFAULT_ACCOUNT_ID = '000000000000';
