import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "~/server/env";

let transport: Transporter | null | undefined;

/** The SMTP transport, or null when SMTP is not configured (demo mode keeps mail in the outbox). */
export function smtpTransport(): Transporter | null {
  if (transport !== undefined) return transport;
  const url = env().SMTP_URL;
  transport = url ? nodemailer.createTransport(url) : null;
  return transport;
}

/** Whether mail leaves through SMTP (else it stays in the in-app outbox). */
export function smtpConfigured(): boolean {
  return Boolean(env().SMTP_URL);
}
