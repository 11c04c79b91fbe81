import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ThreadKind } from "@/lib/generated/prisma/enums";

/** Opens a thread inside the caller's transaction (accepting an interest, a direct inquiry, an introduction). */
export async function openThread(
  tx: Prisma.TransactionClient,
  input: {
    kind: ThreadKind;
    subject: string;
    municipalityId: string;
    companyId: string;
    departmentId?: string | null;
    challengeId?: string | null;
    interestId?: string | null;
    createdById?: string | null;
    firstMessage?: { authorId: string; body: string };
  },
) {
  const { firstMessage, ...data } = input;
  return tx.thread.create({
    data: { ...data, messages: firstMessage ? { create: firstMessage } : undefined },
  });
}
