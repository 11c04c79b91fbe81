import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { reset } from "@/lib/auth/rate-limit";
import { addBusinessDays } from "@/lib/desk/due";
import { createUser, uid } from "@/tests/fixtures/factories";
import { createProposal, PROPOSAL_LIMIT } from "./create";
import { answerProposal, routeProposal, setProposalSalesOnly, stepProposal, withdrawProposal } from "./mutations";
import { getProposalForViewer } from "./queries";
import { formFor, proposalCast } from "./test-helpers";

let cast: Awaited<ReturnType<typeof proposalCast>>;
beforeAll(async () => {
  cast = await proposalCast();
});

async function received() {
  await reset(`proposal:${cast.company.organizationId}`);
  const r = await createProposal(cast.company, formFor(cast.municipalityId));
  if (!r.ok) throw new Error(`refused: ${r.reason}`);
  return db.proposal.findUniqueOrThrow({ where: { id: r.id } });
}
async function routed() {
  const p = await received();
  const r = await routeProposal(cast.desk, { id: p.id, departmentId: cast.dept.departmentId!, expectedVersion: 0 });
  expect(r).toEqual({ ok: true, version: 1 });
  return p;
}

describe("a company submits a proposal", () => {
  it("is RECEIVED, due in the municipality's first-answer days, has its event and reaches the desk", async () => {
    const before = new Date();
    const p = await received();
    expect(p.status).toBe("RECEIVED");
    expect(p.dueAt!.getTime()).toBe(addBusinessDays(p.createdAt, 10).getTime());
    expect(p.dueAt!.getTime()).toBeGreaterThan(before.getTime());
    const events = await db.proposalEvent.findMany({ where: { proposalId: p.id } });
    expect(events).toMatchObject([{ toStatus: "RECEIVED", visibleToCompany: true }]);
    const n = await db.notification.findFirst({
      where: { userId: cast.desk.id, type: "PROPOSAL_RECEIVED", url: `/proposals/${p.id}` },
    });
    expect(n?.body).toContain(p.title);
    // A department hears nothing before it is routed to.
    expect(await db.notification.count({ where: { userId: cast.dept.id, url: `/proposals/${p.id}` } })).toBe(0);
  });

  it("uses the municipality's DeskSetting when it has one", async () => {
    const town = await proposalCast("082368");
    await db.deskSetting.upsert({
      where: { municipalityId: town.municipalityId },
      create: { municipalityId: town.municipalityId, firstAnswerDays: 3 },
      update: { firstAnswerDays: 3 },
    });
    const r = await createProposal(town.company, formFor(town.municipalityId));
    const p = await db.proposal.findUniqueOrThrow({ where: { id: r.ok ? r.id : "" } });
    expect(p.dueAt!.getTime()).toBe(addBusinessDays(p.createdAt, 3).getTime());
    await db.deskSetting.delete({ where: { municipalityId: town.municipalityId } });
  });

  it("goes to the coordinators when the municipality has no desk", async () => {
    const coordinator = await createUser({ role: "COORDINATOR" });
    const company = await createUser({ role: "COMPANY_MEMBER" });
    // 那覇市: no test makes a desk there.
    const naha = await db.organization.findUniqueOrThrow({ where: { lgCode: "472018" } });
    const r = await createProposal(company, formFor(naha.id));
    expect(r.ok).toBe(true);
    const url = `/proposals/${r.ok ? r.id : ""}`;
    expect(await db.notification.count({ where: { userId: coordinator.id, type: "PROPOSAL_RECEIVED", url } })).toBe(1);
  });

  it("refuses an identical open proposal with its id; 25 identical submits at once make one", async () => {
    const company = await createUser({ role: "COMPANY_MEMBER" });
    const form = formFor(cast.municipalityId);
    const results = await Promise.all(Array.from({ length: 25 }, () => createProposal(company, form)));
    const made = results.filter((r) => r.ok);
    expect(made).toHaveLength(1);
    const id = made[0].ok ? made[0].id : "";
    for (const r of results.filter((x) => !x.ok)) expect(r).toMatchObject({ ok: false });
    expect(results.filter((r) => !r.ok && r.reason === "duplicate")).not.toHaveLength(0);
    expect(await db.proposal.count({ where: { companyId: company.organizationId!, title: form.title } })).toBe(1);
    expect(results.find((r) => !r.ok && r.reason === "duplicate")).toMatchObject({ id });
    // Once it is closed, the same title may be proposed again.
    await withdrawProposal(company, { id, expectedVersion: 0 });
    expect((await createProposal(company, form)).ok).toBe(true);
  });

  it("limits a company's proposals per day; refused and duplicate attempts do not use it up", async () => {
    const company = await createUser({ role: "COMPANY_MEMBER" });
    await reset(`proposal:${company.organizationId}`);
    const forms = Array.from({ length: PROPOSAL_LIMIT.max + 5 }, () => formFor(cast.municipalityId));
    const results = await Promise.all(forms.map((f) => createProposal(company, f)));
    expect(results.filter((r) => r.ok)).toHaveLength(PROPOSAL_LIMIT.max);
    expect(results.filter((r) => !r.ok && r.reason === "rate_limited")).toHaveLength(5);
  });

  it("accepts only an open public challenge of that municipality and published cases", async () => {
    const draft = await db.challenge.create({
      data: {
        kind: "CONSULTATION",
        status: "DRAFT",
        title: `下書き ${uid()}`,
        situation: "x",
        municipalityId: cast.municipalityId,
        authorId: cast.desk.id,
      },
    });
    expect(await createProposal(cast.company, formFor(cast.municipalityId, { challengeId: draft.id }))).toEqual({
      ok: false,
      reason: "challenge_closed",
    });
    const hidden = await db.case.create({
      data: {
        title: `非公開の事例 ${uid()}`,
        summary: "x",
        body: "x",
        municipalityId: cast.municipalityId,
        scheme: "DEMONSTRATION",
        outcome: "ONGOING",
        fiscalYear: 2024,
        published: false,
      },
    });
    expect(await createProposal(cast.company, formFor(cast.municipalityId, { caseIds: [hidden.id] }))).toEqual({
      ok: false,
      reason: "unknown_case",
    });
  });
});

describe("the desk's steps", () => {
  it("routes to a department of its own municipality: ROUTED, first answer, new due date, the department hears", async () => {
    const p = await routed();
    const row = await db.proposal.findUniqueOrThrow({ where: { id: p.id } });
    expect(row).toMatchObject({ status: "ROUTED", departmentId: cast.dept.departmentId, version: 1 });
    expect(row.firstAnsweredAt).not.toBeNull();
    expect(row.dueAt!.getTime()).toBe(addBusinessDays(row.statusChangedAt, 20).getTime());
    expect(await db.notification.count({ where: { userId: cast.dept.id, type: "PROPOSAL_ROUTED" } })).toBeGreaterThan(
      0,
    );
    expect(
      await db.notification.count({
        where: { userId: cast.company.id, type: "PROPOSAL_UPDATED", url: `/proposals/${p.id}` },
      }),
    ).toBe(1);
  });

  it("cannot route to another municipality's department, nor act on another municipality's proposal", async () => {
    const p = await received();
    const town = await proposalCast("082368");
    await expect(
      routeProposal(cast.desk, { id: p.id, departmentId: town.dept.departmentId!, expectedVersion: 0 }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      routeProposal(town.desk, { id: p.id, departmentId: town.dept.departmentId!, expectedVersion: 0 }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      routeProposal(cast.dept, { id: p.id, departmentId: cast.dept.departmentId!, expectedVersion: 0 }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("follows the transition rules", async () => {
    const p = await received();
    // 採用・実証 needs a department in charge; from 受付 it is not a step.
    expect(await stepProposal(cast.desk, { id: p.id, to: "ADOPTED", expectedVersion: 0 })).toEqual({
      ok: false,
      reason: "not_allowed",
    });
    expect(await stepProposal(cast.desk, { id: p.id, to: "REVIEWING", expectedVersion: 0 })).toMatchObject({
      ok: true,
    });
    expect(await stepProposal(cast.desk, { id: p.id, to: "REVIEWING", expectedVersion: 1 })).toEqual({
      ok: false,
      reason: "not_allowed",
    });
    // 検討中 straight from 受付 has no department in charge yet: still not taken up, and no match is made.
    expect(await stepProposal(cast.desk, { id: p.id, to: "ADOPTED", expectedVersion: 1 })).toEqual({
      ok: false,
      reason: "not_allowed",
    });
    expect(await db.match.count({ where: { proposal: { id: p.id } } })).toBe(0);
    expect(
      await stepProposal(cast.desk, { id: p.id, to: "DECLINED", message: "予算が確保できません", expectedVersion: 1 }),
    ).toMatchObject({ ok: true });
    const row = await db.proposal.findUniqueOrThrow({ where: { id: p.id } });
    expect(row).toMatchObject({ status: "DECLINED", declineReason: "予算が確保できません", dueAt: null });
    // Closed: no step, no withdrawal, no routing.
    expect(await stepProposal(cast.desk, { id: p.id, to: "MEETING", expectedVersion: 2 })).toMatchObject({ ok: false });
    expect(await withdrawProposal(cast.company, { id: p.id, expectedVersion: 2 })).toMatchObject({ ok: false });
    expect(
      await routeProposal(cast.desk, { id: p.id, departmentId: cast.dept.departmentId!, expectedVersion: 2 }),
    ).toMatchObject({ ok: false, reason: "not_allowed" });
  });

  it("two desk members at once: one wins, the other is told someone else was first", async () => {
    const p = await received();
    const colleague = await createUser({ role: "MUNICIPAL_STAFF", department: `政策推進課${cast.id}`, isDesk: true });
    const [a, b] = await Promise.all([
      stepProposal(cast.desk, { id: p.id, to: "REVIEWING", expectedVersion: 0 }),
      stepProposal(colleague, { id: p.id, to: "MEETING", expectedVersion: 0 }),
    ]);
    expect([a, b].filter((r) => r.ok)).toHaveLength(1);
    expect([a, b].find((r) => !r.ok)).toEqual({ ok: false, reason: "conflict" });
    expect(await db.proposalEvent.count({ where: { proposalId: p.id } })).toBe(2);
  });

  it("採用・実証 makes one match of origin PROPOSAL with a thread; 25 at once make one", async () => {
    const p = await routed();
    const results = await Promise.all(
      Array.from({ length: 25 }, () => stepProposal(cast.desk, { id: p.id, to: "ADOPTED", expectedVersion: 1 })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const row = await db.proposal.findUniqueOrThrow({ where: { id: p.id }, include: { match: true } });
    expect(row).toMatchObject({ status: "ADOPTED", dueAt: null });
    expect(row.match).toMatchObject({
      origin: "PROPOSAL",
      stage: "MATCHING",
      municipalityId: cast.municipalityId,
      departmentId: cast.dept.departmentId,
      companyId: cast.company.organizationId,
    });
    expect(
      await db.match.count({
        where: { companyId: cast.company.organizationId!, origin: "PROPOSAL", proposal: { id: p.id } },
      }),
    ).toBe(1);
    const thread = await db.thread.findUniqueOrThrow({ where: { id: row.match!.threadId! } });
    expect(thread).toMatchObject({ kind: "PROPOSAL", companyId: cast.company.organizationId, subject: p.title });
  });

  it("a match starts at 面談 when a meeting was held on the way", async () => {
    const p = await routed();
    await stepProposal(cast.desk, { id: p.id, to: "MEETING", expectedVersion: 1 });
    await stepProposal(cast.desk, { id: p.id, to: "ADOPTED", expectedVersion: 2 });
    const row = await db.proposal.findUniqueOrThrow({ where: { id: p.id }, include: { match: true } });
    expect(row.match?.stage).toBe("MEETING");
  });

  it("営業目的 is counted on the company once, like an interest's mark", async () => {
    const company = await createUser({ role: "COMPANY_MEMBER" });
    const r = await createProposal(company, formFor(cast.municipalityId));
    const id = r.ok ? r.id : "";
    const count = async () =>
      (await db.companyProfile.findUnique({ where: { organizationId: company.organizationId! } }))?.salesOnlyCount ?? 0;
    await Promise.all(Array.from({ length: 10 }, () => setProposalSalesOnly(cast.desk, { id, salesOnly: true })));
    expect(await count()).toBe(1);
    await setProposalSalesOnly(cast.desk, { id, salesOnly: false });
    expect(await count()).toBe(0);
    await expect(setProposalSalesOnly(cast.dept, { id, salesOnly: true })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("the department in charge", () => {
  it("answers only what is routed to it; the company reads answers, never the internal notes", async () => {
    const p = await received();
    await expect(
      answerProposal(cast.dept, { id: p.id, body: "x", toCompany: false, expectedVersion: 0 }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await routeProposal(cast.desk, {
      id: p.id,
      departmentId: cast.dept.departmentId!,
      note: "庁内メモ：昨年度の検討資料あり",
      expectedVersion: 0,
    });
    await expect(
      answerProposal(cast.other, { id: p.id, body: "x", toCompany: false, expectedVersion: 1 }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(
      await answerProposal(cast.dept, {
        id: p.id,
        body: "窓口へ：来週打ち合わせます",
        toCompany: false,
        expectedVersion: 1,
      }),
    ).toMatchObject({ ok: true });
    expect(
      await answerProposal(cast.dept, {
        id: p.id,
        body: "ご提案ありがとうございます。面談の日程をご相談させてください。",
        toCompany: true,
        to: "MEETING",
        expectedVersion: 1,
      }),
    ).toMatchObject({ ok: true, version: 2 });
    const seen = JSON.stringify(await getProposalForViewer(cast.company, p.id));
    expect(seen).toContain("面談の日程をご相談させてください");
    expect(seen).not.toContain("庁内メモ");
    expect(seen).not.toContain("来週打ち合わせます");
    const desk = JSON.stringify(await getProposalForViewer(cast.desk, p.id));
    expect(desk).toContain("庁内メモ");
    expect(desk).toContain("来週打ち合わせます");
  });

  it("loses the proposal when it is routed on to another department", async () => {
    const p = await routed();
    expect(await getProposalForViewer(cast.dept, p.id)).not.toBeNull();
    await routeProposal(cast.desk, { id: p.id, departmentId: cast.other.departmentId!, expectedVersion: 1 });
    expect(await getProposalForViewer(cast.dept, p.id)).toBeNull();
    expect(await getProposalForViewer(cast.other, p.id)).not.toBeNull();
    await expect(
      answerProposal(cast.dept, { id: p.id, body: "x", toCompany: true, expectedVersion: 2 }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

describe("the company", () => {
  it("withdraws while nothing is decided; the desk hears of it", async () => {
    const p = await routed();
    expect(await withdrawProposal(cast.company, { id: p.id, expectedVersion: 0 })).toEqual({
      ok: false,
      reason: "conflict",
    });
    expect(await withdrawProposal(cast.company, { id: p.id, expectedVersion: 1 })).toMatchObject({ ok: true });
    expect(await db.proposal.findUniqueOrThrow({ where: { id: p.id } })).toMatchObject({
      status: "WITHDRAWN",
      dueAt: null,
    });
    expect(
      await db.notification.count({
        where: { userId: cast.desk.id, type: "PROPOSAL_UPDATED", url: `/proposals/${p.id}` },
      }),
    ).toBe(1);
  });

  it("a withdrawal is not the city's first answer (the public log's average counts only the city's answers)", async () => {
    const p = await received();
    expect(await withdrawProposal(cast.company, { id: p.id, expectedVersion: 0 })).toMatchObject({ ok: true });
    expect(await db.proposal.findUniqueOrThrow({ where: { id: p.id } })).toMatchObject({
      status: "WITHDRAWN",
      firstAnsweredAt: null,
    });
  });

  it("never sees another company's proposal, nor withdraws it", async () => {
    const p = await received();
    const stranger = await createUser({ role: "COMPANY_MEMBER" });
    expect(await getProposalForViewer(stranger, p.id)).toBeNull();
    await expect(withdrawProposal(stranger, { id: p.id, expectedVersion: 0 })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
