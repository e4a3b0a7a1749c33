import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { UsageError } from '@unleak/core';
import { DEFAULT_ACCOUNT_ID, DEFAULT_REGION, SANDBOX_CREDENTIALS, SANDBOX_VAULT_TOKEN } from './credentials.js';
import { FaultInjector, parseFaults } from './faults.js';
import type { SecretRotator } from './aws/operation.js';
import { jsonReply, type Reply, type SandboxRequest } from './http.js';
import { parseListRequest, writeRawReply } from './list-verb.js';
import { StateStore } from './persistence.js';
import { notRouted, route, type RouterContext } from './router.js';
import { viewState, type SandboxStateView } from './view.js';

export interface SandboxOptions {
  /** 0 = ephemeral (the default, for tests). */
  port?: number;
  host?: '127.0.0.1';
  /** Persist all stores here across restarts (its sealing key goes to `<stateFile>.key`). */
  stateFile?: string;
  /** e.g. "latency=250ms,throttle=0.2,error500=0.05,drop-after-commit=0.05,seed=7". */
  faults?: string;
  region?: string;
  accountId?: string;
  /**
   * Stand-ins for rotation Lambdas, by function ARN: RotateSecret with that RotationLambdaARN stages the
   * rotator's result as AWSPENDING and promotes it. Without one, a rotation re-stages the current value.
   */
  rotators?: Record<string, SecretRotator>;
}

export interface Sandbox {
  url: string;
  port: number;
  region: string;
  accountId: string;
  credentials: { accessKeyId: string; secretAccessKey: string };
  vaultToken: string;
  /** AWS_ENDPOINT_URL, AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_REGION, VAULT_ADDR, VAULT_TOKEN. */
  env: Record<string, string>;
  close(): Promise<void>;
  /** Read-only inspection for tests; never holds a stored value. */
  state(): SandboxStateView;
}

const MAX_BODY_BYTES = 32 * 1024 * 1024;

export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const host = options.host ?? '127.0.0.1';
  if (host !== '127.0.0.1') throw new UsageError(`sandbox host '${String(host)}' is not allowed; the sandbox listens on 127.0.0.1 only`);
  const port = options.port ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`sandbox port '${port}' is not a port number (0-65535; 0 picks a free one)`);
  const region = options.region ?? DEFAULT_REGION;
  const accountId = options.accountId ?? DEFAULT_ACCOUNT_ID;
  if (!/^\d{12}$/.test(accountId)) throw new UsageError(`sandbox account id '${accountId}' must be 12 digits`);
  const faults = new FaultInjector(parseFaults(options.faults));
  const store = StateStore.open(options.stateFile);
  const requests: Record<string, number> = {};

  const ctx: RouterContext = {
    accessKeyId: SANDBOX_CREDENTIALS.accessKeyId,
    aws: { store, region, accountId, now: () => Date.now() / 1000, rotators: { ...options.rotators } },
    vault: { store, token: SANDBOX_VAULT_TOKEN },
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) send(res, jsonReply(500, { message: 'unleak sandbox: internal error' }));
      else res.destroy();
    });
  });
  server.on('clientError', (err: NodeJS.ErrnoException & { rawPacket?: Buffer }, socket: Socket) => {
    const listing = err.code === 'HPE_INVALID_METHOD' ? parseListRequest(err.rawPacket) : undefined;
    if (!listing) {
      if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\ncontent-length: 0\r\n\r\n');
      else socket.destroy();
      return;
    }
    respond(listing).then(
      (reply) => (reply === 'drop' ? socket.destroy() : writeRawReply(socket, reply)),
      () => socket.destroy(),
    );
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    if (body === undefined) return send(res, jsonReply(413, { errors: ['request body too large'] }));
    const reply = await respond({ method: req.method ?? 'GET', url: new URL(req.url ?? '/', 'http://127.0.0.1'), headers: req.headers, body });
    if (reply === 'drop') req.socket.destroy();
    else send(res, reply);
  }

  /** Routes, applies faults, handles, and persists; 'drop' means hang up without answering. */
  async function respond(request: SandboxRequest): Promise<Reply | 'drop'> {
    const routed = route(request, ctx);
    if (!routed) return notRouted(request);
    const key = `${routed.service}.${routed.operation}`;
    requests[key] = (requests[key] ?? 0) + 1;
    if (routed.faultable) {
      await faults.delay();
      const fault = faults.beforeHandling();
      if (fault) return routed.fault(fault);
    }
    const reply = routed.execute();
    if (routed.mutates && reply.status < 300) {
      if (routed.service !== 'sts') store.state.writes[routed.service]++;
      store.save();
      if (routed.faultable && faults.dropAfterCommit()) return 'drop';
    }
    return reply;
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) =>
      reject(e.code === 'EADDRINUSE' ? new UsageError(`port ${port} on ${host} is already in use; pass another --port (or 0 for a free one)`) : e));
    server.listen(port, host, () => resolve());
  });
  const actualPort = (server.address() as AddressInfo).port;
  const url = `http://${host}:${actualPort}`;

  let closing: Promise<void> | undefined;
  return {
    url,
    port: actualPort,
    region,
    accountId,
    credentials: { ...SANDBOX_CREDENTIALS },
    vaultToken: SANDBOX_VAULT_TOKEN,
    env: {
      AWS_ENDPOINT_URL: url,
      AWS_ACCESS_KEY_ID: SANDBOX_CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: SANDBOX_CREDENTIALS.secretAccessKey,
      AWS_REGION: region,
      VAULT_ADDR: url,
      VAULT_TOKEN: SANDBOX_VAULT_TOKEN,
    },
    close() {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }).then(() => store.save());
      return closing;
    },
    state: () => viewState(store, { ...requests }, { ...faults.counts }),
  };
}

function readBody(req: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(tooLarge ? undefined : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, reply: Reply): void {
  res.writeHead(reply.status, { ...reply.headers, 'content-length': String(Buffer.byteLength(reply.body)) });
  res.end(reply.body);
}
