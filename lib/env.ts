import { z } from "zod";
import { proxyTrust } from "./auth/forwarded";

// Parsed once. DATABASE_URL is optional here because `next build` evaluates modules without a
// database; the scripts in scripts/ always provide one (embedded PostgreSQL when unset).
const schema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: z.string().min(1).optional(),
  NEXTAUTH_SECRET: z.string().min(16).optional(),
  NEXTAUTH_URL: z.string().url().optional(),
  BCRYPT_COST: z.coerce.number().int().min(4).max(15).default(12),
  /** New 「興味がある」 per company per rolling 24 hours (lib/interests/mutations.ts). */
  INTEREST_DAILY_LIMIT: z.coerce.number().int().min(1).max(1000).default(10),
  // Outgoing mail. The defaults point at the local SMTP sink (scripts/mail-sink.ts, port 2525).
  SMTP_HOST: z.string().min(1).default("127.0.0.1"),
  SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(2525),
  SMTP_SECURE: z
    .enum(["true", "false"])
    .default("false")
    .transform((v) => v === "true"),
  SMTP_USER: z.string().min(1).optional(),
  SMTP_PASS: z.string().min(1).optional(),
  MAIL_FROM: z.string().min(3).default("Kyoso Hub <no-reply@kyoso.test>"),
  /** Absolute base for links in e-mails (no request is around when the worker sends). */
  APP_URL: z.string().url().optional(),
  /** Shared documents on local disk (lib/storage/local-disk.ts); relative paths start at the project root. */
  UPLOAD_DIR: z.string().min(1).default(".data/uploads"),
  /** The proxies in front of the app, by address/range or by count; neither when none (docs/operations.md). */
  TRUSTED_PROXIES: z.string().optional(),
  TRUSTED_PROXY_HOPS: z.string().optional(),
});

export const env = schema.parse(process.env);
// Throws a readable error naming each bad entry, at the first import rather than at the first sign-in.
proxyTrust(env);
