import type { RewriteTarget } from './types.js';

/** How a person names where the value now lives; never the value. */
export function describeStore(t: RewriteTarget): string {
  const key = t.jsonKey ? ` (JSON key \`${t.jsonKey}\`)` : '';
  switch (t.store) {
    case 'ssm-string':
      return `SSM String parameter \`${t.name}\``;
    case 'ssm-secure':
      return `SSM SecureString parameter \`${t.name}\``;
    case 'secrets-manager':
      return `Secrets Manager secret \`${t.name}\`${key}`;
    case 'vault':
      return `Vault KV v2 secret \`${vaultMount(t)}/${t.name}\`${key}`;
    case 'remove':
      return 'nothing (the credential is removed; use a profile, role or OIDC instead)';
  }
}

export function vaultMount(t: RewriteTarget): string {
  return t.vaultMount ?? 'secret';
}

/** A shell command that prints the stored value, for "how the env var gets injected" notes. */
export function fetchCommand(t: RewriteTarget): string {
  switch (t.store) {
    case 'ssm-string':
    case 'ssm-secure':
      return `aws ssm get-parameter --name ${t.name} --with-decryption --query Parameter.Value --output text`;
    case 'secrets-manager':
      return t.jsonKey
        ? `aws secretsmanager get-secret-value --secret-id ${t.name} --query SecretString --output text | jq -r .${t.jsonKey}`
        : `aws secretsmanager get-secret-value --secret-id ${t.name} --query SecretString --output text`;
    case 'vault':
      return `vault kv get -mount=${vaultMount(t)} -field=${t.jsonKey ?? 'value'} ${t.name}`;
    case 'remove':
      return '';
  }
}

/** The usual next step for code that now reads an environment variable. */
export function envInjectionNote(t: RewriteTarget): string {
  if (t.store === 'remove') return `\`${t.envName}\` was removed: use an instance profile, role or OIDC federation instead of a static credential.`;
  return `Set \`${t.envName}\` at deploy time from ${describeStore(t)} (ECS/Lambda \`secrets\`, External Secrets, \`chamber exec\`, or \`${fetchCommand(t)}\`).`;
}

/** An identifier safe in HCL, Jenkins credential ids and file names: `/shop/prod/db-password` → `shop_prod_db_password`. */
export function identifierFor(name: string, separator = '_'): string {
  const id = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, separator)
    .replace(new RegExp(`^\\${separator}+|\\${separator}+$`, 'g'), '');
  return /^[a-z_]/.test(id) ? id : `s${separator}${id}`;
}

/** True when `text` can stand as a YAML plain scalar in block context without changing meaning. */
export function isYamlPlainSafe(text: string): boolean {
  return text !== '' && !/^[-?:,[\]{}#&*!|>'"%@`\s]/.test(text) && !/: |\s#|\s$/.test(text);
}
