// No "server-only" marker: the CLI delivers mail too.
import nodemailer, { type Transporter } from "nodemailer";
import { mailConfig } from "~/server/mail/config";

let transport: Transporter | null | undefined;

/** The SMTP transport, or null when SMTP is not configured (demo mode keeps mail in the outbox). */
export function smtpTransport(): Transporter | null {
  if (transport !== undefined) return transport;
  const url = mailConfig().smtpUrl;
  transport = url ? nodemailer.createTransport(url) : null;
  return transport;
}
