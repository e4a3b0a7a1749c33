import { strict as assert } from 'assert';
import { test } from 'node:test';
import { connectionOptions, OrderRepository } from '../src/db';

test('connectionOptions parses a URL', () => {
  const options = connectionOptions('postgres://tester:not-a-real-password@localhost:5433/shop_test');
  assert.equal(options.port, 5433);
  assert.equal(options.database, 'shop_test');
});

test('uses DATABASE_URL from the environment in CI', () => {
  const url = process.env.DATABASE_URL;
  if (url === undefined) return;
  assert.ok(connectionOptions(url).host.length > 0);
});

test('repository filters by customer', () => {
  const repo = new OrderRepository();
  repo.save({ id: 'o1', customerId: 'c1', totalCents: 100, currency: 'USD', status: 'paid' });
  assert.equal(repo.list('c2').length, 0);
});
