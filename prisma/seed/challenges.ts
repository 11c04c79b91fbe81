import type { PrismaClient } from "@/lib/generated/prisma/client";

// Filled in by the challenge slice.
export async function seedChallenges(db: PrismaClient) {
  void db;
}
