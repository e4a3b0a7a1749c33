import { URL } from 'url';

// TODO(ops-142): read from SSM once the staging box has an instance role.
const DATABASE_URL = 'postgres://shop_app:{{fake:url-password:db-url}}@db.staging.legacy-shop.internal:5432/shop';

export interface ConnectionOptions {
  host: string;
  port: number;
  user: string;
  password: string;
  database: string;
  ssl: boolean;
  max: number;
}

export function connectionOptions(url: string = process.env.DATABASE_URL ?? DATABASE_URL): ConnectionOptions {
  const parsed = new URL(url);
  return {
    host: parsed.hostname,
    port: Number(parsed.port || 5432),
    user: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
    database: parsed.pathname.replace(/^\//, ''),
    ssl: parsed.searchParams.get('sslmode') === 'require',
    max: 10,
  };
}

export interface Order {
  id: string;
  customerId: string;
  totalCents: number;
  currency: 'USD' | 'EUR';
  status: 'pending' | 'paid' | 'shipped' | 'refunded';
}

/** In-memory stand-in used by the dev server until the pg pool is wired back in. */
export class OrderRepository {
  private readonly orders = new Map<string, Order>();

  list(customerId?: string): Order[] {
    const all = [...this.orders.values()];
    return customerId === undefined ? all : all.filter((o) => o.customerId === customerId);
  }

  get(id: string): Order | undefined {
    return this.orders.get(id);
  }

  save(order: Order): Order {
    this.orders.set(order.id, order);
    return order;
  }
}
