import { z } from "zod";

// Parsed once. DATABASE_URL is optional here because `next build` evaluates modules without a
// database; the scripts in scripts/ always provide one (embedded PostgreSQL when unset).
const schema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: z.string().min(1).optional(),
  NEXTAUTH_SECRET: z.string().min(16).optional(),
  NEXTAUTH_URL: z.string().url().optional(),
  BCRYPT_COST: z.coerce.number().int().min(4).max(15).default(12),
});

export const env = schema.parse(process.env);
