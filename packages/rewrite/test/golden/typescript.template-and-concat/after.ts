import { requireEnv } from './unleak-env.js';

const host = process.env.DB_HOST ?? 'localhost';
export const url = `postgres://shop:${requireEnv("DB_PASSWORD")}@${host}/shop`;
export const legacy = requireEnv('MYSQL_URL');
