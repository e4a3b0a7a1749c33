import type { Policy } from '@unleak/classifier';
import type { StoreSettings } from '@unleak/stores';

/** unleak.yaml's `stores:` section (the classifier's view of it) → the store writers' settings. */
export function storeSettingsFromPolicy(policy: Policy | undefined): StoreSettings {
  const s = policy?.stores;
  if (!s) return {};
  const region = s.ssm.region ?? s['secrets-manager'].region;
  return {
    ...(region ? { aws: { region } } : {}),
    ...(s.ssm.kmsKeyId ? { ssm: { kmsKeyId: s.ssm.kmsKeyId } } : {}),
    ...(s['secrets-manager'].kmsKeyId ? { secretsManager: { kmsKeyId: s['secrets-manager'].kmsKeyId } } : {}),
    vault: { ...(s.vault.address ? { address: s.vault.address } : {}), ...(s.vault.namespace ? { namespace: s.vault.namespace } : {}), mount: s.vault.mount },
  };
}
