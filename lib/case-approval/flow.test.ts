// The case born from a match, against the real database: the prefill, one case per match under a burst, the
// company's approval naming a version, and publication only of an approved current text (also when an edit and a
// publish meet). The authorization matrix (tests/unit/authz/case-approval.ts) holds who may call what.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { updateCase } from "@/lib/cases/mutations";
import { getCase, listCases } from "@/lib/cases/queries";
import { caseUpdateSchema } from "@/lib/cases/schema";
import { indexDocument } from "@/lib/search/indexer";
import { searchFor } from "@/lib/search/service";
import { createUser, uid } from "@/tests/fixtures/factories";
import { answerApproval, publishCase, requestApproval, withdrawApproval } from "./approval";
import { createCaseFromMatch } from "./create";
import { caseCast, loopMatch, SECRETS, type CaseCast } from "./test-helpers";

let cast: CaseCast;
beforeAll(async () => {
  cast = await caseCast();
});

async function made(opts: Parameters<typeof loopMatch>[1] = {}) {
  const m = await loopMatch(cast, opts);
  const r = await createCaseFromMatch(cast.staff, m.match.id);
  if (!r.ok) throw new Error(r.reason);
  return { ...m, caseId: r.id };
}

const row = (id: string) => db.case.findUniqueOrThrow({ where: { id } });

/** The edit form's input for a case as it is now, with `title` changed. */
async function editInput(id: string, title: string) {
  const c = (await getCase(id, cast.coordinator))!;
  return caseUpdateSchema.parse({
    id,
    title,
    summary: c.summary,
    body: c.body,
    municipalityId: c.municipality.id,
    partners: c.partners.map((p) => ({ name: p.name, role: p.role ?? "" })),
    scheme: c.scheme,
    outcome: c.outcome,
    fiscalYear: String(c.fiscalYear),
    figures: c.figures,
    themeSlugs: c.themes.map((t) => t.slug),
    published: true, // a born-here case ignores it: publishing goes through the approval
  });
}

async function approved(caseId: string) {
  const v = (await row(caseId)).contentVersion;
  expect(await requestApproval(cast.staff, { id: caseId, version: v })).toEqual({ ok: true, id: caseId });
  expect(await answerApproval(cast.company, { id: caseId, version: v, decision: "approve" })).toMatchObject({
    ok: true,
  });
}

describe("「事例にする」", () => {
  it("prefills from the match and its ended pilot, never an internal note", async () => {
    const { caseId, pilot } = await made();
    const c = await db.case.findUniqueOrThrow({
      where: { id: caseId },
      include: { partners: true, themes: { select: { slug: true } } },
    });
    expect(c.figures).toEqual([
      { label: "電話問い合わせ件数", value: "−32 %（目標 −30 %）" },
      { label: "利用者満足度", value: "76 %（目標 80 %）" },
    ]);
    expect(c).toMatchObject({
      published: false,
      companyApproval: "DRAFT",
      contentVersion: 0,
      scheme: "DEMONSTRATION",
      outcome: "ADOPTED",
      budgetAmount: BigInt(4_800_000),
      fiscalYear: 2025,
      pilotId: pilot!.id,
      municipalityId: cast.staff.organizationId,
      createdById: cast.staff.id,
    });
    expect(c.partners).toEqual([expect.objectContaining({ organizationId: cast.company.organizationId })]);
    expect(c.themes.map((t) => t.slug)).toEqual(["dx"]);
    expect(c.body).toContain("目標を上回る効果");
    const all = JSON.stringify(c, (_k, v) => (typeof v === "bigint" ? String(v) : v));
    for (const s of SECRETS) expect(all).not.toContain(s);
  });

  it("a match at 事業化検討 with no ended pilot is not ready; an ended pilot alone makes it ready (outcome 完了)", async () => {
    const early = await loopMatch(cast, { stage: "FEASIBILITY", pilot: false });
    expect(await createCaseFromMatch(cast.staff, early.match.id)).toEqual({ ok: false, reason: "not_ready" });
    const piloted = await loopMatch(cast, { stage: "FEASIBILITY" });
    const r = await createCaseFromMatch(cast.coordinator, piloted.match.id);
    expect(r.ok && (await row(r.id)).outcome).toBe("COMPLETED");
  });

  it("never for the company, another department or a declined match", async () => {
    const { match } = await loopMatch(cast);
    await expect(createCaseFromMatch(cast.company, match.id)).rejects.toThrow("FORBIDDEN");
    await expect(createCaseFromMatch(cast.otherDept, match.id)).rejects.toThrow("NOT_FOUND");
    await db.match.update({ where: { id: match.id }, data: { stage: "DECLINED" } });
    expect(await createCaseFromMatch(cast.staff, match.id)).toEqual({ ok: false, reason: "not_ready" });
  });

  it("25 parallel clicks make one case, and every click is sent to it", async () => {
    const { match } = await loopMatch(cast);
    const rs = await Promise.all(
      Array.from({ length: 25 }, (_, i) => createCaseFromMatch(i % 2 ? cast.staff : cast.colleague, match.id)),
    );
    expect(await db.case.count({ where: { matchId: match.id } })).toBe(1);
    const ids = new Set(rs.map((r) => (r.ok ? r.id : r.reason)));
    expect(ids.size).toBe(1);
    expect(rs.filter((r) => r.ok && r.created)).toHaveLength(1);
  });
});

describe("the company's approval", () => {
  it("request → notified company → approve (audited, requester and coordinator told) → publish → public list and search", async () => {
    const { caseId } = await made();
    const word = `事例語${uid()}`;
    await updateCase(cast.staff, await editInput(caseId, `${word} 電話が3割減った`));
    expect((await row(caseId)).contentVersion).toBe(1);
    await approved(caseId);
    expect(
      await db.notification.count({ where: { userId: cast.company.id, type: "CASE_APPROVAL_REQUESTED" } }),
    ).toBeGreaterThan(0);
    const told = await db.notification.findMany({
      where: { type: "CASE_APPROVAL_ANSWERED", url: { contains: "/pipeline/" }, title: { contains: word } },
      select: { userId: true },
    });
    expect(told.map((n) => n.userId).sort()).toEqual([cast.staff.id, cast.coordinator.id].sort());
    expect(
      await db.auditLog.count({
        where: { action: "CASE_APPROVED_BY_COMPANY", targetId: caseId, actorId: cast.company.id },
      }),
    ).toBe(1);
    await indexDocument("CASE", caseId);
    expect((await searchFor(null, { kind: "CASE", q: word })).total).toBe(0);
    expect(await publishCase(cast.staff, { id: caseId })).toEqual({ ok: true, id: caseId });
    await indexDocument("CASE", caseId);
    expect((await searchFor(null, { kind: "CASE", q: word })).hits.map((h) => h.id)).toEqual([caseId]);
    expect((await listCases({ q: word })).items.map((c) => c.id)).toEqual([caseId]);
    expect(await getCase(caseId, null)).not.toBeNull();
  });

  it("an edit after the approval sets it back to DRAFT, and publishing is refused until the company approves again", async () => {
    const { caseId } = await made();
    await approved(caseId);
    await updateCase(cast.staff, await editInput(caseId, `書き直した題 ${uid()}`));
    expect(await row(caseId)).toMatchObject({ companyApproval: "DRAFT", approvedVersion: null, contentVersion: 1 });
    expect(await publishCase(cast.staff, { id: caseId })).toEqual({ ok: false, reason: "not_approved" });
    expect((await row(caseId)).published).toBe(false);
  });

  it("an answer naming an older version is refused as stale, the typed comment is not stored", async () => {
    const { caseId } = await made();
    await requestApproval(cast.staff, { id: caseId, version: 0 });
    await updateCase(cast.staff, await editInput(caseId, `直した題 ${uid()}`));
    await requestApproval(cast.staff, { id: caseId, version: 1 });
    expect(await answerApproval(cast.company, { id: caseId, version: 0, decision: "approve" })).toEqual({
      ok: false,
      reason: "stale",
    });
    expect(
      await answerApproval(cast.company, { id: caseId, version: 0, decision: "changes", comment: "社名を直して" }),
    ).toEqual({ ok: false, reason: "stale" });
    expect(await row(caseId)).toMatchObject({ companyApproval: "REQUESTED", approvalComment: null });
  });

  it("publish refused without a current approval: draft, requested, changes requested, withdrawn", async () => {
    const { caseId } = await made();
    expect(await publishCase(cast.staff, { id: caseId })).toEqual({ ok: false, reason: "not_approved" });
    await requestApproval(cast.staff, { id: caseId, version: 0 });
    expect(await publishCase(cast.coordinator, { id: caseId })).toEqual({ ok: false, reason: "not_approved" });
    await answerApproval(cast.company, { id: caseId, version: 0, decision: "changes", comment: "数値を公表値に" });
    expect(await row(caseId)).toMatchObject({
      companyApproval: "CHANGES_REQUESTED",
      approvalComment: "数値を公表値に",
    });
    expect(await publishCase(cast.staff, { id: caseId })).toEqual({ ok: false, reason: "not_approved" });
    await requestApproval(cast.staff, { id: caseId, version: 0 });
    await answerApproval(cast.company, { id: caseId, version: 0, decision: "approve" });
    expect(await withdrawApproval(cast.company, { id: caseId })).toEqual({ ok: true, id: caseId });
    expect(await publishCase(cast.staff, { id: caseId })).toEqual({ ok: false, reason: "not_approved" });
    expect((await row(caseId)).published).toBe(false);
  });

  it("an edit and a publish at once never publish a text the company did not approve", async () => {
    for (let i = 0; i < 8; i++) {
      const { caseId } = await made();
      await approved(caseId);
      const title = `競合の題 ${uid()}`;
      const input = await editInput(caseId, title);
      await Promise.all([updateCase(cast.colleague, input), publishCase(cast.staff, { id: caseId })]);
      const c = await row(caseId);
      // Either the publish won (then the edit unpublished the new text again) or the edit won (nothing published).
      expect(c.published && c.approvedVersion !== c.contentVersion).toBe(false);
      expect(c.title).toBe(title);
      expect(c.published).toBe(false);
    }
  });

  it("the company of another match cannot approve; another department cannot publish", async () => {
    const { caseId } = await made();
    await requestApproval(cast.staff, { id: caseId, version: 0 });
    const stranger = await createUser({ role: "COMPANY_MEMBER" });
    await expect(answerApproval(stranger, { id: caseId, version: 0, decision: "approve" })).rejects.toThrow(
      "NOT_FOUND",
    );
    await expect(answerApproval(cast.coordinator, { id: caseId, version: 0, decision: "approve" })).rejects.toThrow(
      "FORBIDDEN",
    );
    await answerApproval(cast.company, { id: caseId, version: 0, decision: "approve" });
    await expect(publishCase(cast.otherDept, { id: caseId })).rejects.toThrow("NOT_FOUND");
    await expect(publishCase(cast.company, { id: caseId })).rejects.toThrow("FORBIDDEN");
  });

  it("unpublished: invisible to other companies, other towns and anonymous visitors (page and search)", async () => {
    const { caseId } = await made();
    const word = `未公開語${uid()}`;
    await updateCase(cast.staff, await editInput(caseId, `${word} 下書き`));
    const company = await getCase(caseId, cast.company);
    expect(company).toBeNull(); // not asked yet
    await requestApproval(cast.staff, { id: caseId, version: 1 });
    expect(await getCase(caseId, cast.company)).not.toBeNull();
    expect(await getCase(caseId, cast.otherDept)).not.toBeNull(); // the town's staff read their matches
    for (const u of [
      null,
      await createUser({ role: "COMPANY_MEMBER" }),
      await createUser({ role: "MUNICIPAL_STAFF", lgCode: "082368", department: "企画課" }),
    ]) {
      expect(await getCase(caseId, u)).toBeNull();
      await indexDocument("CASE", caseId);
      expect((await searchFor(u, { kind: "CASE", q: word })).total).toBe(0);
    }
  });
});
