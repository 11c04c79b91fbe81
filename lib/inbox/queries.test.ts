import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { viewerById } from "@/lib/notifications/redact";
import { createUser, uid } from "@/tests/fixtures/factories";
import { countInboxAttention, getInbox } from "./queries";

// The department inbox is scoped by the session's municipality AND department: another 課 of the same city sees none
// of it, another city nothing, companies and coordinators have no inbox.

let a: SessionUser; // 加賀市, department A
let b: SessionUser; // 加賀市, department B
let otherCity: SessionUser; // 石岡市, a department of the same name
let company: SessionUser;
const word = `受信箱${uid()}`;
const DAY = 86_400_000;
const tag = (u: SessionUser) => `${u.departmentName} ${u.id}`;

async function proposal(u: SessionUser, status: "RECEIVED" | "ROUTED" | "REVIEWING" | "DECLINED", dueAt: Date | null) {
  return db.proposal.create({
    data: {
      municipalityId: u.organizationId!,
      companyId: company.organizationId!,
      departmentId: status === "RECEIVED" ? null : u.departmentId,
      title: `${word} 提案 ${status} ${tag(u)}`,
      problem: "困りごと",
      proposal: "提案内容",
      cost: "FREE_PILOT",
      status,
      dueAt,
    },
  });
}

async function call(u: SessionUser, opts: { status?: "OPEN" | "CLOSED"; answered?: boolean } = {}) {
  const c = await db.themeCall.create({
    data: {
      municipalityId: u.organizationId!,
      title: `${word} 募集 ${tag(u)} ${opts.status ?? "OPEN"}`,
      deadline: new Date(Date.now() + 10 * DAY),
      status: opts.status ?? "OPEN",
      asks: { create: { departmentId: u.departmentId! } },
    },
  });
  if (opts.answered)
    await db.themeCallAnswer.create({
      data: { callId: c.id, departmentId: u.departmentId!, trouble: "紙の申請が多い" },
    });
  return c;
}

async function challenge(u: SessionUser, status: "DRAFT" | "PUBLISHED", fromCall?: string) {
  const c = await db.challenge.create({
    data: {
      kind: "CONSULTATION",
      status,
      title: `${word} 課題 ${status} ${tag(u)}`,
      situation: "状況",
      municipalityId: u.organizationId!,
      departmentId: u.departmentId,
      authorId: u.id,
      publishedAt: status === "PUBLISHED" ? new Date() : null,
    },
  });
  if (fromCall)
    await db.themeCallAnswer.create({
      data: {
        callId: fromCall,
        departmentId: u.departmentId!,
        trouble: "下書きの元",
        challengeId: c.id,
        status: "CHALLENGE",
      },
    });
  return c;
}

async function match(u: SessionUser, stage: "MEETING" | "DECLINED", targetFiscalYear?: number) {
  return db.match.create({
    data: {
      origin: "DIRECT_INQUIRY",
      stage,
      municipalityId: u.organizationId!,
      departmentId: u.departmentId,
      companyId: company.organizationId!,
      targetFiscalYear,
      nextAction: `${word} 次の打合せ`,
    },
  });
}

beforeAll(async () => {
  a = await createUser({ role: "MUNICIPAL_STAFF", department: `受信箱A課 ${word}` });
  b = await createUser({ role: "MUNICIPAL_STAFF", department: `受信箱B課 ${word}` });
  otherCity = await createUser({ role: "MUNICIPAL_STAFF", lgCode: "082368", department: `受信箱A課 ${word}` });
  company = await createUser({ role: "COMPANY_MEMBER" });
  for (const u of [a, b, otherCity]) {
    await proposal(u, "ROUTED", new Date(Date.now() - DAY)); // overdue
    await proposal(u, "REVIEWING", new Date(Date.now() + 5 * DAY));
    await proposal(u, "RECEIVED", null); // still at the desk: in nobody's inbox
    await proposal(u, "DECLINED", null);
    await call(u);
    const answered = await call(u, { answered: true });
    await call(u, { status: "CLOSED" });
    await challenge(u, "DRAFT", answered.id);
    await challenge(u, "DRAFT"); // an ordinary draft: the wizard's, not the inbox's
    const published = await challenge(u, "PUBLISHED");
    for (const status of ["PENDING", "PENDING", "ACCEPTED"] as const) {
      const co = await createUser({ role: "COMPANY_MEMBER" });
      await db.interest.create({ data: { challengeId: published.id, companyId: co.organizationId!, status } });
    }
    await match(u, "MEETING", 2027);
    await match(u, "DECLINED");
  }
});

/** Every title the inbox shows, so a leak of another department's row shows up whatever section it lands in. */
const titles = (inbox: Awaited<ReturnType<typeof getInbox>>) =>
  inbox
    ? [
        ...inbox.proposals.items.map((p) => p.title),
        ...inbox.calls.items.map((c) => c.title),
        ...inbox.calls.drafts.items.map((d) => d.title),
        ...inbox.interests.items.map((i) => i.title),
        ...inbox.matches.items.map((m) => `${m.company.name} ${m.challenge?.title ?? ""} ${m.id}`),
      ]
    : [];

describe("getInbox", () => {
  it("shows the department's own rows in every section, overdue proposals first", async () => {
    const inbox = (await getInbox(a))!;
    expect(inbox.proposals.total).toBe(2);
    expect(inbox.proposals.overdue).toBe(1);
    expect(inbox.proposals.items.map((p) => [p.status, p.overdue])).toEqual([
      ["ROUTED", true],
      ["REVIEWING", false],
    ]);
    expect(inbox.calls.total).toBe(2);
    expect(inbox.calls.unanswered).toBe(1);
    expect(inbox.calls.items.map((c) => c.answered).sort()).toEqual([0, 2]);
    expect(inbox.calls.drafts.total).toBe(1);
    expect(inbox.calls.drafts.items[0].callTitle).toContain("募集");
    expect(inbox.interests).toMatchObject({ total: 2, items: [{ count: 2 }] });
    expect(inbox.matches.total).toBe(1);
    expect(inbox.matches.items[0]).toMatchObject({ stage: "MEETING", targetFiscalYear: 2027 });
    expect(inbox.matches.items[0].budgetStep?.step).toBeTruthy();
    expect(titles(inbox).every((t) => !t.includes("B課"))).toBe(true);
    expect(await countInboxAttention(a)).toBe(2 + 1 + 1 + 2);
  });

  it("another 課 of the same city and another city see none of it", async () => {
    const mine = new Set(titles(await getInbox(a)));
    for (const u of [b, otherCity]) {
      const theirs = titles(await getInbox(u));
      expect(theirs.length).toBeGreaterThan(0);
      expect(theirs.filter((t) => mine.has(t))).toEqual([]);
    }
  });

  it("no inbox for companies, coordinators, pending staff or staff without a department", async () => {
    const coordinator = await createUser({ role: "COORDINATOR" });
    const pending = await createUser({ role: "MUNICIPAL_STAFF", status: "PENDING", department: a.departmentName! });
    const noDept = await createUser({ role: "MUNICIPAL_STAFF" });
    for (const u of [null, company, coordinator, pending, noDept]) {
      expect(await getInbox(u)).toBeNull();
      expect(await countInboxAttention(u)).toBeNull();
    }
  });

  it("a colleague moved to another 課 loses the old inbox on the next request", async () => {
    const moved = await createUser({ role: "MUNICIPAL_STAFF", department: a.departmentName! });
    expect((await getInbox(moved))!.proposals.total).toBe(2);
    await db.membership.updateMany({ where: { userId: moved.id }, data: { departmentId: b.departmentId } });
    const now = await viewerById(moved.id);
    expect(titles(await getInbox(now)).sort()).toEqual(titles(await getInbox(b)).sort());
  });

  it("a match moved to another department leaves the old inbox and enters the new one", async () => {
    const m = await match(a, "MEETING");
    expect((await getInbox(a))!.matches.items.map((x) => x.id)).toContain(m.id);
    await db.match.update({ where: { id: m.id }, data: { departmentId: b.departmentId } });
    expect((await getInbox(a))!.matches.items.map((x) => x.id)).not.toContain(m.id);
    expect((await getInbox(b))!.matches.items.map((x) => x.id)).toContain(m.id);
  });
});
