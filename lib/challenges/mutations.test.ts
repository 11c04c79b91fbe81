import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { createUser, uid } from "@/tests/fixtures/factories";
import {
  closeChallenge,
  publishChallenge,
  reopenChallenge,
  saveChallengeDraft,
  updatePublishedChallenge,
} from "./mutations";
import { challengeDraftSchema, challengePublishSchema } from "./schema";

let staff: SessionUser;
let otherStaff: SessionUser;
let coordinator: SessionUser;

beforeAll(async () => {
  staff = await createUser({ role: "MUNICIPAL_STAFF", lgCode: "172065" });
  otherStaff = await createUser({ role: "MUNICIPAL_STAFF", lgCode: "082368" });
  coordinator = await createUser({ role: "COORDINATOR" });
});

const draft = (extra: Record<string, unknown> = {}) =>
  challengeDraftSchema.parse({ title: `防災の課題 ${uid()}`, situation: "避難所の混雑が分からない", ...extra });

describe("draft and publish", () => {
  it("saves a draft with only title and situation, then updates it", async () => {
    const { id } = await saveChallengeDraft(staff, draft());
    const row = await db.challenge.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({
      status: "DRAFT",
      kind: "CONSULTATION",
      authorId: staff.id,
      municipalityId: staff.organizationId,
      publishedAt: null,
    });
    await saveChallengeDraft(staff, draft({ id, title: "書き直したタイトル", departmentName: `防災課 ${uid()}` }));
    const again = await db.challenge.findUniqueOrThrow({ where: { id }, include: { department: true } });
    expect(again.title).toBe("書き直したタイトル");
    expect(again.department?.organizationId).toBe(staff.organizationId);
  });

  it("publishing without themes fails with field errors in Japanese", () => {
    const r = challengePublishSchema.safeParse({
      kind: "PROGRAM",
      title: "t",
      situation: "s",
      budgetStatus: "SECURED",
      themeSlugs: [],
    });
    expect(r.success).toBe(false);
    const fe = z.flattenError(r.error!).fieldErrors as Record<string, string[]>;
    expect(fe.themeSlugs?.[0]).toMatch(/テーマ/);
    expect(fe.programKind?.[0]).toMatch(/制度/);
    expect(fe.budgetAmount?.[0]).toMatch(/予算額/);
    expect(fe.budgetFiscalYear?.[0]).toMatch(/年度/);
  });

  it("publishes a draft once: a concurrent second publish gets CONFLICT", async () => {
    const { id } = await saveChallengeDraft(staff, draft());
    const input = challengePublishSchema.parse({
      id,
      kind: "CONSULTATION",
      title: "公開する課題",
      situation: "s",
      themeSlugs: ["disaster"],
    });
    const results = await Promise.allSettled([publishChallenge(staff, input), publishChallenge(staff, input)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason.code).toBe("CONFLICT");
    const row = await db.challenge.findUniqueOrThrow({ where: { id }, include: { themes: true } });
    expect(row.status).toBe("PUBLISHED");
    expect(row.publishedAt).toBeInstanceOf(Date);
    expect(row.themes.map((t) => t.slug)).toEqual(["disaster"]);
  });

  it("closes and reopens with guarded transitions", async () => {
    const { id } = await publishChallenge(
      staff,
      challengePublishSchema.parse({ kind: "FREE_PROPOSAL", title: "t", situation: "s", themeSlugs: ["dx"] }),
    );
    await closeChallenge(staff, id);
    await expect(closeChallenge(staff, id)).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await db.challenge.findUniqueOrThrow({ where: { id } })).closedAt).toBeInstanceOf(Date);
    await reopenChallenge(coordinator, id);
    expect((await db.challenge.findUniqueOrThrow({ where: { id } })).status).toBe("PUBLISHED");
  });

  it("stores the budget amount as yen and drops programKind for non-program kinds", async () => {
    const input = challengePublishSchema.parse({
      kind: "CONSULTATION",
      programKind: "SOUNDING",
      title: "t",
      situation: "s",
      themeSlugs: ["dx"],
      budgetStatus: "SECURED",
      budgetAmount: "3,000,000",
      budgetFiscalYear: "2026",
    });
    const { id } = await publishChallenge(staff, input);
    const row = await db.challenge.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ budgetAmount: 3_000_000n, budgetFiscalYear: 2026, programKind: null });
  });
});

describe("who may write", () => {
  it("pending staff are refused with PENDING_APPROVAL", async () => {
    const pending = await createUser({ role: "MUNICIPAL_STAFF", lgCode: "172065", status: "PENDING" });
    await expect(saveChallengeDraft(pending, draft())).rejects.toMatchObject({ code: "PENDING_APPROVAL" });
  });

  it("companies and anonymous users cannot create", async () => {
    const company = await createUser({ role: "COMPANY_MEMBER" });
    await expect(saveChallengeDraft(company, draft())).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(saveChallengeDraft(null, draft())).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("staff of another municipality cannot edit, publish or close (NOT_FOUND)", async () => {
    const { id } = await saveChallengeDraft(staff, draft());
    await expect(saveChallengeDraft(otherStaff, draft({ id, title: "乗っ取り" }))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const pub = challengePublishSchema.parse({
      id,
      kind: "CONSULTATION",
      title: "t",
      situation: "s",
      themeSlugs: ["dx"],
    });
    await expect(publishChallenge(otherStaff, pub)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await publishChallenge(staff, pub);
    await expect(closeChallenge(otherStaff, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(updatePublishedChallenge(otherStaff, { ...pub, id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await db.challenge.findUniqueOrThrow({ where: { id } })).title).toBe("t");
  });

  it("a coordinator can edit any municipality's challenge", async () => {
    const { id } = await saveChallengeDraft(staff, draft());
    await saveChallengeDraft(coordinator, draft({ id, title: "コーディネーターが整えた題名" }));
    expect((await db.challenge.findUniqueOrThrow({ where: { id } })).title).toBe("コーディネーターが整えた題名");
  });

  it("a department id of another municipality is refused and nothing is written", async () => {
    const foreign = await db.department.create({
      data: { organizationId: otherStaff.organizationId!, name: `他市の課 ${uid()}` },
    });
    const title = `部署違い ${uid()}`;
    await expect(saveChallengeDraft(staff, draft({ title, departmentId: foreign.id }))).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    expect(await db.challenge.count({ where: { title } })).toBe(0);
  });
});
