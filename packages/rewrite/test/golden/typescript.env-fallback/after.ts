import { requireEnv } from './unleak-env.js';

const token: string = requireEnv("GITHUB_TOKEN");
export const stripe = requireEnv('STRIPE_KEY');
export const other = compute() ?? requireEnv("OTHER_PASSWORD");

declare const process: { env: Record<string, string | undefined> };
declare function compute(): string | undefined;
export { token };
