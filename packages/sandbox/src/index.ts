export { startSandbox, type Sandbox, type SandboxOptions } from './server.js';
export type { SandboxStateView, ParameterView, SecretView, VaultEntryView } from './view.js';
export { parseFaults, type FaultSpec, type FaultCounts } from './faults.js';
export { SANDBOX_CREDENTIALS, SANDBOX_VAULT_TOKEN } from './credentials.js';
export type { SecretRotator } from './aws/operation.js';
