import type { IncomingMessage, ServerResponse } from 'http';

const startedAt = Date.now();

export async function health(_req: IncomingMessage, res: ServerResponse): Promise<void> {
  res.writeHead(200, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify({ status: 'ok', uptimeSeconds: Math.round((Date.now() - startedAt) / 1000), commit: process.env.GIT_SHA ?? 'dev' }));
}
