import type { Command } from '../io.js';

/** Each command loads on demand, so `unleak scan` pays only for the scanner. */
export const COMMANDS: Record<string, { summary: string; load: () => Promise<Command> }> = {
  help: { summary: 'show this help', load: async () => (await import('./help.js')).run },
  scan: { summary: 'find hardcoded credentials (text, json, sarif or github output)', load: async () => (await import('./scan.js')).run },
  baseline: { summary: 'record current findings so scan reports only new ones (add: accept one; prune: drop stale entries)', load: async () => (await import('./baseline.js')).run },
  hook: { summary: 'install or remove the pre-commit check (husky, lefthook, pre-commit or plain git)', load: async () => (await import('./hook.js')).run },
  config: { summary: 'explain how a finding is routed (config explain <file>:<line>)', load: async () => (await import('./config.js')).run },
  migrate: { summary: 'scan, route and write a migration plan (no values in it)', load: async () => (await import('./migrate.js')).run },
  apply: { summary: 'carry out a plan: store, verify, rewrite; crash-safe and resumable', load: async () => (await import('./apply.js')).run },
  rollback: { summary: 'undo an applied plan: restore files, remove the entries it created', load: async () => (await import('./rollback.js')).run },
  demo: { summary: 'migrate the bundled example repo into a local sandbox (what npm start runs)', load: async () => (await import('./demo.js')).run },
  tui: { summary: 'review and migrate findings interactively (also: unleak with no arguments)', load: async () => (await import('./tui.js')).run },
  version: { summary: 'print the version', load: async () => (await import('./version.js')).run },
  sandbox: { summary: 'run a local SSM / Secrets Manager / Vault emulator to try migrations safely', load: async () => (await import('./sandbox.js')).run },
};
