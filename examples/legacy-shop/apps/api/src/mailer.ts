import https from 'https';

const SENDGRID_API_KEY = '{{fake:sendgrid-api-key:mailer}}';
const FROM = 'orders@legacy-shop.example';

export function sendOrderConfirmation(to: string, orderId: string): Promise<number> {
  const payload = JSON.stringify({
    personalizations: [{ to: [{ email: to }] }],
    from: { email: FROM },
    subject: `Your order ${orderId}`,
    content: [{ type: 'text/plain', value: `Thanks! Order ${orderId} is on its way.` }],
  });
  return new Promise((resolve, reject) => {
    const req = https.request(
      {
        host: 'api.sendgrid.com',
        path: '/v3/mail/send',
        method: 'POST',
        headers: { Authorization: `Bearer ${SENDGRID_API_KEY}`, 'Content-Type': 'application/json' },
      },
      (res) => resolve(res.statusCode ?? 0),
    );
    req.on('error', reject);
    req.end(payload);
  });
}
