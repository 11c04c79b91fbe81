import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/lib/env";

// One pooled SMTP connection set per process: a fan-out of thousands of alerts reuses a few
// connections instead of a handshake per message.
const globalForMail = globalThis as unknown as {
  kyosoMail?: Transporter;
  kyosoSmtpTarget?: { host: string; port: number };
};

/** Tests and the benchmark start their sink on a free port and point the transport at it. */
export function setSmtpTarget(target: { host?: string; port: number }): void {
  closeTransport();
  globalForMail.kyosoSmtpTarget = { host: target.host ?? "127.0.0.1", port: target.port };
}

export function getTransport(): Transporter {
  const target = globalForMail.kyosoSmtpTarget;
  globalForMail.kyosoMail ??= nodemailer.createTransport({
    host: target?.host ?? env.SMTP_HOST,
    port: target?.port ?? env.SMTP_PORT,
    secure: env.SMTP_SECURE,
    auth: env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASS ?? "" } : undefined,
    pool: true,
    maxConnections: 8,
    maxMessages: 1000,
  });
  return globalForMail.kyosoMail;
}

export function closeTransport(): void {
  globalForMail.kyosoMail?.close();
  globalForMail.kyosoMail = undefined;
}

/** Links in e-mails must be absolute; no request is around when the worker sends. */
export function appUrl(path = "/"): string {
  const base = (env.APP_URL ?? env.NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/+$/, "");
  // Only our own paths: a stored url that is not a plain absolute path never becomes a link.
  const safe = path.startsWith("/") && !path.startsWith("//") ? path : "/";
  return `${base}${safe}`;
}

/** Without an unsubscribeToken the mail is about the account itself (sign-up), which nobody unsubscribes from. */
export type OutgoingMail = { to: string; subject: string; text: string; html: string; unsubscribeToken?: string };

/** Resolves once the SMTP server accepted the message; throws otherwise (the job then retries). */
export async function sendMail(mail: OutgoingMail): Promise<void> {
  const oneClick = mail.unsubscribeToken
    ? appUrl(`/api/unsubscribe?token=${encodeURIComponent(mail.unsubscribeToken)}`)
    : null;
  await getTransport().sendMail({
    from: env.MAIL_FROM,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    // RFC 8058 one-click: mail clients POST to this URL; a GET of it only shows the confirm page.
    headers: oneClick
      ? { "List-Unsubscribe": `<${oneClick}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" }
      : {},
  });
}
