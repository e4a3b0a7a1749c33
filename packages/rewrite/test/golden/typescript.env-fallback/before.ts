const token: string = process.env.GITHUB_TOKEN ?? "FAKE-not-a-real-key-0000";
export const stripe = process.env["STRIPE_KEY"] || 'FAKE-stripe-key-0000';
export const other = compute() ?? "hunter2-fake-password";

declare const process: { env: Record<string, string | undefined> };
declare function compute(): string | undefined;
export { token };
