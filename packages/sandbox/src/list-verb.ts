import { STATUS_CODES, type IncomingHttpHeaders } from 'node:http';
import type { Socket } from 'node:net';
import type { Reply, SandboxRequest } from './http.js';

const REQUEST_LINE = /^LIST (\/\S*) HTTP\/1\.[01]$/;
const HEADER_LINE = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+):[ \t]*(.*?)[ \t]*$/;

/**
 * Node's HTTP parser rejects Vault's `LIST` verb (HPE_INVALID_METHOD) before any handler runs. The
 * rejected bytes still arrive on `clientError`, so a complete LIST request is re-read here as the
 * equivalent `GET …?list=true` that real Vault also accepts. Anything else stays a 400.
 */
export function parseListRequest(rawPacket: Buffer | undefined): SandboxRequest | undefined {
  if (!rawPacket) return undefined;
  const text = rawPacket.toString('latin1');
  const end = text.indexOf('\r\n\r\n');
  if (!text.startsWith('LIST ') || end < 0) return undefined;
  const [requestLine = '', ...headerLines] = text.slice(0, end).split('\r\n');
  const target = REQUEST_LINE.exec(requestLine)?.[1];
  if (target === undefined) return undefined;
  const headers: IncomingHttpHeaders = {};
  for (const line of headerLines) {
    const match = HEADER_LINE.exec(line);
    if (!match) return undefined;
    headers[(match[1] ?? '').toLowerCase()] = match[2] ?? '';
  }
  const url = new URL(target, 'http://127.0.0.1');
  url.searchParams.set('list', 'true');
  return { method: 'GET', url, headers, body: '' };
}

/** Writes a reply straight to the socket and closes it: the parser that would frame the next request has failed. */
export function writeRawReply(socket: Socket, reply: Reply): void {
  const headers = { ...reply.headers, 'content-length': String(Buffer.byteLength(reply.body)), connection: 'close' };
  const head = [`HTTP/1.1 ${reply.status} ${STATUS_CODES[reply.status] ?? ''}`, ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`)].join('\r\n');
  socket.end(`${head}\r\n\r\n${reply.body}`);
}
