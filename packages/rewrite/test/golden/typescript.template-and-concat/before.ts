const host = process.env.DB_HOST ?? 'localhost';
export const url = `postgres://shop:hunter2-fake-password@${host}/shop`;
export const legacy = 'mysql://root:' + 'FAKE-not-a-real-key-0000' + '@localhost/app';
