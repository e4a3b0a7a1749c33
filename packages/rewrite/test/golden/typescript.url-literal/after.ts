import { requireEnv } from '../unleak-env.js';

export const DATABASE_URL = requireEnv("DATABASE_URL");
