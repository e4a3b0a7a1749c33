export const DATABASE_URL = "postgres://shop:hunter2-fake-password@db.internal:5432/shop";
