import https from 'https';

// Falls back to the live key so the cron box works without an env file. Yes, really.
const STRIPE_KEY = process.env.STRIPE_SECRET_KEY || '{{fake:stripe-live:api}}';

export interface Charge {
  id: string;
  amount: number;
  currency: string;
  status: string;
}

export function createCharge(amountCents: number, currency: string, customer: string): Promise<Charge> {
  const body = new URLSearchParams({ amount: String(amountCents), currency, customer }).toString();
  return new Promise((resolve, reject) => {
    const req = https.request(
      {
        host: 'api.stripe.com',
        path: '/v1/charges',
        method: 'POST',
        headers: {
          Authorization: `Bearer ${STRIPE_KEY}`,
          'Content-Type': 'application/x-www-form-urlencoded',
          'Content-Length': Buffer.byteLength(body),
        },
      },
      (res) => {
        let raw = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (raw += chunk));
        res.on('end', () => {
          if ((res.statusCode ?? 500) >= 400) reject(new Error(`stripe responded ${res.statusCode}`));
          else resolve(JSON.parse(raw) as Charge);
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
