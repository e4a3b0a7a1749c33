import { Client } from "./client.js";
import { requireEnv } from "../unleak-env.js";

export const config = {
  apiKey: requireEnv("PAYMENTS_API_KEY"),
  region: "eu-west-1",
};

export class Payments {
  private secret = requireEnv("PAYMENTS_SECRET");
  constructor(private readonly client: Client) {}
}

export function connect(token = requireEnv("SHOP_TOKEN")) {
  return token;
}
