import { describe, expect, it } from 'vitest';
import { groupsKeepingConfig, isLocalHostDefault, type GroupMember } from '../src/generic/config-gate.js';

const secret = (group: string, key: string, kind: string): GroupMember => ({ group, role: 'secret', kind, key, value: '(secret)' });
const config = (group: string, key: string, value: string): GroupMember => ({ group, role: 'config', kind: 'hostname', key, value });

describe('isLocalHostDefault', () => {
  it.each(['localhost', '127.0.0.1', '0.0.0.0', '::1', '[::1]', 'db', 'postgres', 'LOCALHOST', 'localhost:5432'])('%j is a local default', (v) => {
    expect(isLocalHostDefault(v)).toBe(true);
  });
  it.each(['db.internal', 'postgres.prod.example.com', '10.0.3.17', 'orders-db', 'localhost.example.com', 'mydb'])('%j is a real host', (v) => {
    expect(isLocalHostDefault(v)).toBe(false);
  });
});

describe('groupsKeepingConfig', () => {
  it('drops a local host default beside an unrelated secret (Django SECRET_KEY)', () => {
    const groups = groupsKeepingConfig([config('settings.py#p0', 'DB_HOST', 'localhost'), secret('settings.py#p0', 'SECRET_KEY', 'secret')]);
    expect(groups.has('settings.py#p0')).toBe(false);
  });

  it('keeps a local host beside a database credential, by kind or by key', () => {
    const groups = groupsKeepingConfig([
      config('.env#env0', 'DB_HOST', '127.0.0.1'),
      secret('.env#env0', 'DB_PASSWORD', 'db-password'),
      config('k8s.yaml#a', 'host', 'db'),
      secret('k8s.yaml#a', 'password', 'secret'),
    ]);
    expect([...groups].sort()).toEqual(['.env#env0', 'k8s.yaml#a']);
  });

  it('keeps a real host beside any secret and never keeps a group without one', () => {
    const groups = groupsKeepingConfig([
      config('a.py#p0', 'DB_HOST', 'db.internal'),
      secret('a.py#p0', 'API_KEY', 'api-key'),
      config('b.py#p0', 'DB_HOST', 'db.internal'),
    ]);
    expect([...groups]).toEqual(['a.py#p0']);
  });
});
