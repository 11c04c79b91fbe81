import "server-only";
import { matchOnInquiryAnswered, touchMatchByThread } from "@/lib/matches/create";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { assertRole, type SessionUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notifications/outbox";
import { getStorage, newStorageKey } from "@/lib/storage";
import { CAN, isCompanyMember } from "@/lib/auth/roles";
import { checkDocument } from "./file-check";
import { messageRecipientIds } from "./recipients";
import type { PostMessageInput } from "./schema";
import { visibleThreadSql, visibleThreadWhere } from "./visibility";

export type PostMessageResult = { ok: true; messageId: string } | { ok: false; fileErrors: string[] };

type Prepared = { key: string; fileName: string; mimeType: string; size: number; sha256: string };

/**
 * A reply with optional documents. Files are checked by content first (an unsupported file is an
 * expected outcome, returned, and nothing is written); then stored; then message, documents,
 * thread.lastMessageAt and notifications commit in one transaction. If the transaction fails the
 * stored files are removed again, so neither rows nor orphaned files stay behind.
 */
export async function postMessage(user: SessionUser | null, input: PostMessageInput): Promise<PostMessageResult> {
  const actor = assertRole(user, CAN.useOwnAccount, { active: true });
  const thread = await db.thread.findFirst({
    where: { id: input.threadId, ...visibleThreadWhere(actor) },
    select: {
      id: true,
      kind: true,
      subject: true,
      municipalityId: true,
      companyId: true,
      departmentId: true,
      challengeId: true,
      createdById: true,
      challenge: { select: { authorId: true } },
    },
  });
  if (!thread) throw new AppError("NOT_FOUND");

  const files: { bytes: Uint8Array; fileName: string; mimeType: string }[] = [];
  const fileErrors: string[] = [];
  for (const file of input.files) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const check = await checkDocument(bytes, file.name);
    if (check.ok) files.push({ bytes, fileName: check.fileName, mimeType: check.mimeType });
    else fileErrors.push(check.message);
  }
  if (fileErrors.length > 0) return { ok: false, fileErrors };

  const storage = getStorage();
  const stored: Prepared[] = [];
  try {
    for (const f of files) {
      const key = newStorageKey();
      await storage.put(key, f.bytes);
      stored.push({
        key,
        fileName: f.fileName,
        mimeType: f.mimeType,
        size: f.bytes.byteLength,
        sha256: createHash("sha256").update(f.bytes).digest("hex"),
      });
    }
    const messageId = await db.$transaction(async (tx) => {
      const message = await tx.message.create({
        data: { threadId: thread.id, authorId: actor.id, body: input.body },
        select: { id: true, createdAt: true },
      });
      if (stored.length > 0) {
        await tx.document.createMany({
          data: stored.map((s) => ({
            threadId: thread.id,
            messageId: message.id,
            uploaderId: actor.id,
            fileName: s.fileName,
            mimeType: s.mimeType,
            size: s.size,
            storageKey: s.key,
            sha256: s.sha256,
          })),
        });
      }
      // GREATEST: two replies committing out of order must not move the thread back in time.
      await tx.$executeRaw`UPDATE "Thread" SET "lastMessageAt" = GREATEST("lastMessageAt", ${message.createdAt}) WHERE id = ${thread.id}`;
      if (isCompanyMember(actor)) await matchOnInquiryAnswered(tx, thread, actor.id);
      await touchMatchByThread(tx, thread.id, message.createdAt);
      const recipients = await messageRecipientIds(tx, thread, actor);
      const from = actor.organizationName ?? actor.name;
      await notify(
        tx,
        recipients.map((userId) => ({
          userId,
          type: "MESSAGE_RECEIVED" as const,
          message: { key: "messageReceived" as const, values: { from, subject: thread.subject } },
          url: `/messages/${thread.id}`,
          threadId: thread.id,
        })),
      );
      return message.id;
    });
    return { ok: true, messageId };
  } catch (e) {
    await Promise.allSettled(stored.map((s) => storage.delete(s.key)));
    throw e;
  }
}

/**
 * Marks the thread read up to the newest message the user was shown (not "now": a message that
 * commits while the page renders must still count as unread). Never moves backwards.
 */
export async function markThreadRead(user: SessionUser | null, threadId: string, upTo: Date): Promise<void> {
  const scope = visibleThreadSql(user);
  if (!user || !scope) return;
  // The visibility rule in the same statement: one round trip, and nothing written for a thread the user may not see.
  await db.$executeRaw`
    INSERT INTO "ThreadRead" ("threadId", "userId", "lastReadAt")
    SELECT t.id, ${user.id}, ${upTo.toISOString()}::timestamptz AT TIME ZONE 'UTC' FROM "Thread" t WHERE t.id = ${threadId} AND ${scope}
    ON CONFLICT ("threadId", "userId") DO UPDATE SET "lastReadAt" = GREATEST("ThreadRead"."lastReadAt", EXCLUDED."lastReadAt")`;
}
