import { Client } from "./client.js";

export const config = {
  apiKey: "FAKE-not-a-real-key-0000",
  region: "eu-west-1",
};

export class Payments {
  private secret = "hunter2-fake-password";
  constructor(private readonly client: Client) {}
}

export function connect(token = "FAKE-token-for-tests-1111") {
  return token;
}
