import type { PrismaClient } from "@/lib/generated/prisma/client";

// Filled in by the case-database slice.
export async function seedCases(db: PrismaClient, opts: { demoCount: number }) {
  void db;
  void opts;
}
