import type { Plan } from '@unleak/core';

const LABEL: Record<string, string> = {
  'ssm-string': 'SSM String',
  'ssm-secure': 'SSM SecureString',
  'secrets-manager': 'Secrets Manager',
  vault: 'Vault KV v2',
  remove: 'remove (rotate)',
};

/** The table `unleak migrate` prints: items per store and the monthly cost. */
export function planSummary(plan: Plan): string {
  const active = plan.items.filter((i) => !i.skip);
  const rows = plan.cost.byStore.map((l) => [LABEL[l.store] ?? l.store, String(l.count), `$${l.monthlyUsd.toFixed(2)}`, l.note]);
  rows.push(['total', String(active.length), `$${plan.cost.totalUsd.toFixed(2)}`, `${plan.cost.readsPerMonth.toLocaleString('en-US')} reads/item/month`]);
  const head = ['store', 'items', 'monthly', 'note'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const fmt = (r: string[]) => r.map((c, i) => (i === 3 ? c : c.padEnd(widths[i] ?? 0))).join('  ').trimEnd();
  const lines = [fmt(head), ...rows.map(fmt)];
  const inHistory = active.filter((i) => i.exposure).length + plan.historyOnly.length;
  const removed = active.filter((i) => i.store === 'remove' && !i.exposure).length;
  const rotate = inHistory + removed;
  if (rotate > 0) {
    const why = [inHistory ? `${inHistory} in git history` : '', removed ? `${removed} removed from the code` : ''].filter(Boolean).join(', ');
    lines.push('', `${rotate} secret${rotate === 1 ? '' : 's'} must be rotated even after migration (${why}); the report lists them.`);
  }
  return `${lines.join('\n')}\n`;
}

/** Where writes will go, for the line apply prints before writing: AWS profile/region/endpoint, Vault address. */
export function storeTarget(plan: Plan, env: NodeJS.ProcessEnv): string {
  const stores = new Set(plan.items.filter((i) => !i.skip).map((i) => i.store));
  const parts: string[] = [];
  if (stores.has('ssm-string') || stores.has('ssm-secure') || stores.has('secrets-manager')) {
    const endpoint = env.AWS_ENDPOINT_URL ?? env.AWS_ENDPOINT_URL_SSM ?? env.AWS_ENDPOINT_URL_SECRETS_MANAGER;
    parts.push(`AWS profile ${env.AWS_PROFILE ?? '(default chain)'}, region ${env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? '(unset)'}${endpoint ? `, endpoint ${endpoint}` : ''}`);
  }
  if (stores.has('vault')) parts.push(`Vault ${env.VAULT_ADDR ?? '(VAULT_ADDR unset)'}${env.VAULT_NAMESPACE ? ` namespace ${env.VAULT_NAMESPACE}` : ''}, mount ${plan.vaultMount}`);
  return parts.join('; ') || 'no store (nothing to write)';
}
