// Cases born from a match, after a state change (docs/reliability/state-changes.md): the relationship exists (a
// case written from the match, the company asked), then a member leaves, an account is deleted or the match is
// declined, and each side is read and acts again as its next request would. Also the page cells of the
// authorization matrix for /cases/[id]/approval and /cases/[id]/edit.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { answerApproval, publishCase, requestApproval } from "@/lib/case-approval/approval";
import { createCaseFromMatch } from "@/lib/case-approval/create";
import { getCaseApproval, getCaseEditAccess, getCaseOrigin, getThreadCase } from "@/lib/case-approval/queries";
import { caseCast, companyColleague, loopMatch, type CaseCast } from "@/lib/case-approval/test-helpers";
import { getCase } from "@/lib/cases/queries";
import { deleteMyAccount } from "@/lib/privacy/mutations";
import { createUser, TEST_PASSWORD } from "@/tests/fixtures/factories";
import { viewerNow } from "./scene";

let cast: CaseCast;
beforeAll(async () => {
  cast = await caseCast();
});

async function askedCase() {
  const m = await loopMatch(cast);
  const r = await createCaseFromMatch(cast.staff, m.match.id);
  if (!r.ok) throw new Error(r.reason);
  await requestApproval(cast.staff, { id: r.id, version: 0 });
  return { ...m, caseId: r.id };
}

/** What the company side sees of the case, as its next request would. */
async function companyViews(u: SessionUser | null, caseId: string, threadId: string) {
  const v = await viewerNow(u);
  return {
    approvalPage: !!(await getCaseApproval(v, caseId)),
    casePage: !!(await getCase(caseId, v)),
    thread: (await getThreadCase(v, threadId))?.id === caseId,
  };
}

describe("a case born from a match, after a state change", () => {
  it("a company member removed from the company can no longer read or approve it; a colleague still can", async () => {
    const { caseId, thread } = await askedCase();
    const leaver = await companyColleague(cast.company);
    expect(await companyViews(leaver, caseId, thread.id)).toEqual({ approvalPage: true, casePage: true, thread: true });
    await db.membership.deleteMany({ where: { userId: leaver.id } });
    const gone = await viewerNow(leaver);
    expect(await companyViews(leaver, caseId, thread.id)).toEqual({
      approvalPage: false,
      casePage: false,
      thread: false,
    });
    await expect(answerApproval(gone, { id: caseId, version: 0, decision: "approve" })).rejects.toThrow("NOT_FOUND");
    expect(await companyViews(cast.company, caseId, thread.id)).toEqual({
      approvalPage: true,
      casePage: true,
      thread: true,
    });
  });

  it("an account deleted after approving: the approval stands, the account can do nothing more", async () => {
    const { caseId, thread } = await askedCase();
    const approver = await companyColleague(cast.company);
    await answerApproval(approver, { id: caseId, version: 0, decision: "approve" });
    expect((await deleteMyAccount(approver, { password: TEST_PASSWORD, confirm: "退会する" })).ok).toBe(true);
    expect(await viewerNow(approver)).toBeNull();
    expect(await companyViews(approver, caseId, thread.id)).toEqual({
      approvalPage: false,
      casePage: false,
      thread: false,
    });
    const c = await db.case.findUniqueOrThrow({ where: { id: caseId } });
    expect(c).toMatchObject({ companyApproval: "APPROVED", approvedVersion: 0 });
    expect(await publishCase(cast.staff, { id: caseId })).toEqual({ ok: true, id: caseId });
  });

  it("the match declined after the case was made: the case stays, and is published only with the company's approval", async () => {
    const { caseId, match } = await askedCase();
    await db.match.update({ where: { id: match.id }, data: { stage: "DECLINED" } });
    expect(await getCase(caseId, cast.staff)).not.toBeNull();
    expect(await getCase(caseId, null)).toBeNull();
    expect(await publishCase(cast.staff, { id: caseId })).toEqual({ ok: false, reason: "not_approved" });
    expect(await publishCase(cast.coordinator, { id: caseId })).toEqual({ ok: false, reason: "not_approved" });
    await answerApproval(cast.company, { id: caseId, version: 0, decision: "approve" });
    expect(await publishCase(cast.staff, { id: caseId })).toEqual({ ok: true, id: caseId });
  });

  it("a clerk moved to another department: no longer edits the case, still reads it as the town's staff", async () => {
    const { caseId } = await askedCase();
    const clerk = await createUser({ role: "MUNICIPAL_STAFF", department: cast.staff.departmentName! });
    expect(await getCaseEditAccess(await viewerNow(clerk), caseId)).not.toBeNull();
    const other = await db.department.create({
      data: { organizationId: clerk.organizationId!, name: `異動先${caseId.slice(-6)}` },
    });
    await db.membership.updateMany({ where: { userId: clerk.id }, data: { departmentId: other.id } });
    const moved = await viewerNow(clerk);
    expect(await getCaseEditAccess(moved, caseId)).toBeNull();
    await expect(publishCase(moved, { id: caseId })).rejects.toThrow("NOT_FOUND");
    expect(await getCase(caseId, moved)).not.toBeNull();
  });
});

describe("pages: who opens /cases/[id]/approval and /cases/[id]/edit, and where 「生まれた事例」 links", () => {
  it("per role", async () => {
    const { caseId, match } = await askedCase();
    // The thread page shows the case of its own match only, not another case of the same company.
    expect(await getThreadCase(cast.company, (await loopMatch(cast)).thread.id)).toBeNull();
    const roles: [string, SessionUser | null, { approval: boolean; edit: boolean; origin: string | null }][] = [
      ["anonymous", null, { approval: false, edit: false, origin: null }],
      ["staff of the department", cast.staff, { approval: false, edit: true, origin: `/pipeline/${match.id}` }],
      [
        "staff of another department",
        cast.otherDept,
        { approval: false, edit: false, origin: `/pipeline/${match.id}` },
      ],
      ["the company", cast.company, { approval: true, edit: false, origin: `/messages/${match.threadId}` }],
      ["another company", await createUser({ role: "COMPANY_MEMBER" }), { approval: false, edit: false, origin: null }],
      [
        "staff of another town",
        await createUser({ role: "MUNICIPAL_STAFF", lgCode: "082368", department: "企画課" }),
        { approval: false, edit: false, origin: null },
      ],
      ["coordinator", cast.coordinator, { approval: false, edit: true, origin: `/pipeline/${match.id}` }],
      [
        "pending staff",
        await createUser({ role: "MUNICIPAL_STAFF", status: "PENDING", department: cast.staff.departmentName! }),
        { approval: false, edit: false, origin: null },
      ],
    ];
    for (const [name, u, want] of roles) {
      const got = {
        approval: !!(await getCaseApproval(u, caseId)),
        edit: !!(await getCaseEditAccess(u, caseId)),
        origin: (await getCaseOrigin(u, caseId))?.href ?? null,
      };
      expect(got, name).toEqual(want);
    }
  });
});
