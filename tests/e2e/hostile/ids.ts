// Real ids for the dynamic segments of tests/e2e/hostile-bytes.spec.ts, so a hostile query string
// reaches the page behind a real record (the challenge is the demo staff member's) (/challenges/<id>/interests?q=%00 was a 500), and a user of
// its own for the action run. Keyed by the path segment before the id: "cases" for /cases/[id].
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import type { UserRole } from "@/lib/generated/prisma/enums";
import { uid } from "../../fixtures/factories";
import { DEMO } from "../fixtures";

export async function realIds(): Promise<Record<string, string>> {
  const [c, challenge, company, municipality, interest, thread, match, notification, document] = await Promise.all([
    db.case.findFirst({ where: { published: true }, select: { id: true } }),
    db.challenge.findFirst({
      where: { status: "PUBLISHED", author: { email: DEMO.staff } },
      select: { id: true },
    }),
    db.organization.findFirst({ where: { kind: "COMPANY" }, select: { id: true } }),
    db.organization.findFirst({ where: { kind: "MUNICIPALITY" }, select: { id: true } }),
    db.interest.findFirst({ select: { id: true } }),
    db.thread.findFirst({ select: { id: true } }),
    db.match.findFirst({ select: { id: true } }),
    db.notification.findFirst({ select: { id: true } }),
    db.document.findFirst({ select: { id: true } }),
  ]);
  const ids = {
    cases: c?.id,
    challenges: challenge?.id,
    companies: company?.id,
    municipalities: municipality?.id,
    interests: interest?.id,
    messages: thread?.id,
    pipeline: match?.id,
    notifications: notification?.id,
    documents: document?.id,
  };
  return Object.fromEntries(Object.entries(ids).filter(([, v]) => v)) as Record<string, string>;
}

export async function createUser(role: UserRole, password: string) {
  return db.user.create({
    data: {
      email: `hostile-${uid()}@example.test`,
      name: "hostile bytes",
      role,
      passwordHash: await hashPassword(password),
    },
  });
}
