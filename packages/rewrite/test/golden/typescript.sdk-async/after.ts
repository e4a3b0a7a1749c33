import { loadSecret } from '../unleak-secrets.js';

export async function sync(): Promise<void> {
  const apiKey = await loadSecret({ store: 'secrets-manager', name: "shop/prod/sync", key: "apiKey" });
  await fetch("https://api.example.test", { headers: { authorization: apiKey } });
}
