import { parseArgs } from 'node:util';
import { UsageError } from '@unleak/core';
import { startSandbox, type Sandbox } from '@unleak/sandbox';
import { EXIT, type Io } from '../io.js';

const DEFAULT_PORT = 4566;

export const SANDBOX_USAGE = `usage: unleak sandbox [--port 4566] [--state FILE] [--faults SPEC] [--region us-east-1]

Runs a loopback emulator of SSM Parameter Store, Secrets Manager (plus STS GetCallerIdentity) and
Vault KV v2 on 127.0.0.1, prints the environment to point clients at it, and serves until Ctrl-C.
  --port N       port on 127.0.0.1 (default ${DEFAULT_PORT}; 0 picks a free one)
  --state FILE   keep all stores in FILE across restarts (its key goes to FILE.key)
  --faults SPEC  e.g. "latency=250ms,throttle=0.2,error500=0.05,drop-after-commit=0.05,seed=7"
  --region R     region reported in ARNs and exports (default us-east-1)
`;

/** Resolves when the user stops the sandbox; tests pass their own. */
export type StopSignal = Promise<unknown>;

export function run(args: string[], io: Io): Promise<number> {
  return serveSandbox(args, io, untilSignal());
}

export async function serveSandbox(args: string[], io: Io, stop: StopSignal): Promise<number> {
  const { values } = parseArgs({
    args,
    strict: true,
    allowPositionals: false,
    options: {
      port: { type: 'string' },
      state: { type: 'string' },
      faults: { type: 'string' },
      region: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(SANDBOX_USAGE);
    return EXIT.ok;
  }
  const port = parsePort(values.port);
  if (values.region !== undefined && !/^[a-z]{2}(-[a-z]+)+-\d$/.test(values.region)) {
    throw new UsageError(`--region '${values.region}' is not an AWS region name like us-east-1`);
  }
  const sandbox = await startSandbox({
    port,
    ...(values.state !== undefined ? { stateFile: values.state } : {}),
    ...(values.faults !== undefined ? { faults: values.faults } : {}),
    ...(values.region !== undefined ? { region: values.region } : {}),
  });
  try {
    io.stderr(banner(sandbox, values.state, values.faults));
    io.stdout(exportLines(sandbox));
    io.stderr('Press Ctrl-C to stop.\n');
    await stop;
  } finally {
    await sandbox.close();
  }
  io.stderr('unleak sandbox stopped.\n');
  return EXIT.ok;
}

function parsePort(raw: string | undefined): number {
  if (raw === undefined) return DEFAULT_PORT;
  if (!/^\d{1,5}$/.test(raw) || Number(raw) > 65535) throw new UsageError(`--port '${raw}' is not a port number (0-65535; 0 picks a free one)`);
  return Number(raw);
}

function banner(sandbox: Sandbox, state: string | undefined, faults: string | undefined): string {
  return [
    `unleak sandbox listening on ${sandbox.url} (SSM, Secrets Manager, STS, Vault KV v2; account ${sandbox.accountId})`,
    `state: ${state ?? 'in memory (pass --state FILE to keep it)'}`,
    `faults: ${faults ?? 'none'}`,
    'These are the sandbox\'s own fake credentials; paste the lines below into your shell:',
    '',
  ].join('\n');
}

/** The sandbox env plus AWS_DEFAULT_REGION, which AWS CLI v1 reads instead of AWS_REGION. */
export function exportLines(sandbox: Sandbox): string {
  const env = { ...sandbox.env, AWS_DEFAULT_REGION: sandbox.region };
  return `${Object.entries(env).map(([name, value]) => `export ${name}=${shellQuote(value)}`).join('\n')}\n`;
}

function shellQuote(value: string): string {
  return /^[A-Za-z0-9_./:@-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}

function untilSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
