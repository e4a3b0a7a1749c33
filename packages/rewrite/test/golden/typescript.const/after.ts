// Database settings
import { Pool } from 'pg';
import { requireEnv } from './unleak-env.js';

const password = requireEnv('DB_PASSWORD'); // TODO rotate
export const pool = new Pool({ user: 'shop', password });
