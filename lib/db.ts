import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";
import { env } from "./env";

// One client per process; Next's dev server reloads modules, so keep it on globalThis.
// Created on first use, because `next build` imports this module with no database around.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function client(): PrismaClient {
  if (globalForPrisma.prisma) return globalForPrisma.prisma;
  if (!env.DATABASE_URL) throw new Error("DATABASE_URL is not set (start through npm run dev / demo)");
  globalForPrisma.prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: env.DATABASE_URL, max: 10 }) });
  return globalForPrisma.prisma;
}

export const db = new Proxy({} as PrismaClient, {
  get(_, prop) {
    const c = client();
    const v = Reflect.get(c, prop);
    return typeof v === "function" ? v.bind(c) : v;
  },
});

export type { Prisma } from "./generated/prisma/client";
