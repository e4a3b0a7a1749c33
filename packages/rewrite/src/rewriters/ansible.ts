import { describeStore, vaultMount } from '../references.js';
import type { RewriteTarget } from '../types.js';
import { REMOVE_MANUAL, yamlScalarRewriter } from './yaml-scalar.js';

function lookup(t: RewriteTarget): string | { manual: string } {
  const q = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  switch (t.store) {
    case 'ssm-string':
    case 'ssm-secure':
      return `{{ lookup('amazon.aws.ssm_parameter', ${q(t.name)}) }}`;
    case 'secrets-manager':
      return t.jsonKey
        ? `{{ lookup('amazon.aws.secretsmanager_secret', ${q(`${t.name}.${t.jsonKey}`)}, nested=true) }}`
        : `{{ lookup('amazon.aws.secretsmanager_secret', ${q(t.name)}) }}`;
    case 'vault':
      return `{{ lookup('community.hashi_vault.vault_kv2_get', ${q(t.name)}, engine_mount_point=${q(vaultMount(t))}).secret.${t.jsonKey ?? 'value'} }}`;
    case 'remove':
      return REMOVE_MANUAL;
  }
}

export const ansible = yamlScalarRewriter({
  reference: lookup,
  notes: (t) => [
    `Ansible now reads ${describeStore(t)} at run time: install the ${t.store === 'vault' ? 'community.hashi_vault' : 'amazon.aws'} collection, give the controller read access, and set \`no_log: true\` on tasks that use it.`,
  ],
});
