import nodemailer from "nodemailer";
import { requireEnv } from "./unleak-env.js";

export const transport = nodemailer.createTransport({
  auth: { user: "mailer", pass: requireEnv("SMTP_USER_PASS") },
  apiKey: "FAKE-not-a-real-key-0000"
});
