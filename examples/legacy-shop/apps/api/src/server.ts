import http from 'http';
import { config } from './config';
import { health } from './routes/health';
import { createOrder, getOrder, listOrders, type Handler } from './routes/orders';
import { verify } from './auth/jwt';

interface Route {
  method: string;
  pattern: RegExp;
  handler: Handler;
  public?: boolean;
}

const routes: Route[] = [
  { method: 'GET', pattern: /^\/health$/, handler: health, public: true },
  { method: 'GET', pattern: /^\/orders$/, handler: listOrders },
  { method: 'POST', pattern: /^\/orders$/, handler: createOrder },
  { method: 'GET', pattern: /^\/orders\/(?<id>[A-Za-z0-9_-]+)$/, handler: getOrder },
];

function authorised(req: http.IncomingMessage): boolean {
  const header = req.headers.authorization ?? '';
  return header.startsWith('Bearer ') && verify(header.slice('Bearer '.length)) !== undefined;
}

export const server = http.createServer((req, res) => {
  const path = (req.url ?? '/').split('?')[0] ?? '/';
  for (const route of routes) {
    const match = route.pattern.exec(path);
    if (req.method !== route.method || match === null) continue;
    if (!route.public && !authorised(req)) {
      res.writeHead(401).end();
      return;
    }
    route.handler(req, res, { ...match.groups }).catch((err: unknown) => {
      console.error(`[${config.env}] ${req.method} ${path} failed:`, err);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
    return;
  }
  res.writeHead(404).end();
});

if (require.main === module) {
  server.listen(config.port, () => console.log(`api listening on :${config.port} (${config.env})`));
}
