// Database settings
import { Pool } from 'pg';

const password = 'hunter2-fake-password'; // TODO rotate
export const pool = new Pool({ user: 'shop', password });
