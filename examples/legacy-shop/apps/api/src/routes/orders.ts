import type { IncomingMessage, ServerResponse } from 'http';
import { OrderRepository, type Order } from '../db';
import { createCharge } from '../payments/stripe-client';
import { sendOrderConfirmation } from '../mailer';

export type Handler = (req: IncomingMessage, res: ServerResponse, params: Record<string, string>) => Promise<void>;

const orders = new OrderRepository();

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  let raw = '';
  for await (const chunk of req) raw += String(chunk);
  return raw === '' ? {} : (JSON.parse(raw) as Record<string, unknown>);
}

export const listOrders: Handler = async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  json(res, 200, orders.list(url.searchParams.get('customer') ?? undefined));
};

export const getOrder: Handler = async (_req, res, params) => {
  const order = params.id === undefined ? undefined : orders.get(params.id);
  if (order === undefined) json(res, 404, { error: 'order not found' });
  else json(res, 200, order);
};

export const createOrder: Handler = async (req, res) => {
  const body = await readBody(req);
  const totalCents = Number(body.totalCents);
  const customerId = String(body.customerId ?? '');
  if (!Number.isInteger(totalCents) || totalCents <= 0 || customerId === '') {
    json(res, 400, { error: 'totalCents (positive integer) and customerId are required' });
    return;
  }
  const charge = await createCharge(totalCents, 'usd', customerId);
  const order: Order = { id: charge.id, customerId, totalCents, currency: 'USD', status: 'paid' };
  orders.save(order);
  if (typeof body.email === 'string') await sendOrderConfirmation(body.email, order.id);
  json(res, 201, order);
};
