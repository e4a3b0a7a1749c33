import type { IncomingHttpHeaders } from 'node:http';
import type { Fault } from './faults.js';

export interface SandboxRequest {
  method: string;
  url: URL;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface Reply {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export type ServiceName = 'ssm' | 'secretsManager' | 'vault' | 'sts';

/** A request matched to a service: what it would do, and how that service reports injected faults. */
export interface RoutedRequest {
  service: ServiceName;
  operation: string;
  mutates: boolean;
  /** False for health checks and identity calls, which stay reliable under --faults. */
  faultable: boolean;
  execute(): Reply;
  fault(fault: Fault): Reply;
}

export function jsonReply(status: number, body: unknown, headers: Record<string, string> = {}): Reply {
  return { status, headers: { 'content-type': 'application/json', ...headers }, body: body === undefined ? '' : JSON.stringify(body) };
}

export function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}
