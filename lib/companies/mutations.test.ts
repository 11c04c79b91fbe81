import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { createUser, getMunicipality } from "@/tests/fixtures/factories";
import { withCheckDigit } from "./corporate-number";
import { linkCasePartner, saveCompanyProfile, sendDirectInquiry } from "./mutations";
import { companyProfileSchema, directInquirySchema } from "./schema";
import { createCasePartner, createCompany, validProfile } from "./test-helpers";

let member: SessionUser;
let otherMember: SessionUser;
let coordinator: SessionUser;
let staff: SessionUser;

beforeAll(async () => {
  member = await createUser({ role: "COMPANY_MEMBER" });
  otherMember = await createUser({ role: "COMPANY_MEMBER" });
  coordinator = await createUser({ role: "COORDINATOR" });
  staff = await createUser({ role: "MUNICIPAL_STAFF", department: "企画課" });
});

const parse = (v: Record<string, unknown>) => companyProfileSchema.parse(v);

describe("who may edit a company profile", () => {
  it("a member edits their own company", async () => {
    const r = await saveCompanyProfile(member, parse(validProfile(member.organizationId!)));
    expect(r).toEqual({ ok: true, id: member.organizationId });
    const p = await db.companyProfile.findUniqueOrThrow({ where: { organizationId: member.organizationId! } });
    expect(p.industries).toEqual(["IT"]);
    expect(p.regionsServed).toEqual(["17"]);
    expect((await db.organization.findUniqueOrThrow({ where: { id: member.organizationId! } })).prefectureCode).toBe(
      "13",
    );
  });
  it("a member cannot edit another company (NOT_FOUND, nothing written)", async () => {
    const input = parse(validProfile(otherMember.organizationId!));
    await expect(saveCompanyProfile(member, input)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.companyProfile.count({ where: { organizationId: otherMember.organizationId! } })).toBe(0);
    expect((await db.organization.findUniqueOrThrow({ where: { id: otherMember.organizationId! } })).name).not.toBe(
      input.name,
    );
  });
  it("a coordinator edits any company; municipal staff and pending members none", async () => {
    const company = await createCompany({ profile: false });
    expect((await saveCompanyProfile(coordinator, parse(validProfile(company.id)))).ok).toBe(true);
    await expect(saveCompanyProfile(staff, parse(validProfile(company.id)))).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const pending = await createUser({ role: "COMPANY_MEMBER", status: "PENDING" });
    await expect(saveCompanyProfile(pending, parse(validProfile(pending.organizationId!)))).rejects.toMatchObject({
      code: "PENDING_APPROVAL",
    });
    await expect(saveCompanyProfile(null, parse(validProfile(company.id)))).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
    });
  });
  it("a coordinator cannot turn a municipality into a company profile", async () => {
    const kaga = await getMunicipality("172065");
    await expect(saveCompanyProfile(coordinator, parse(validProfile(kaga.id)))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
  it("a corporate number already used elsewhere is refused as a field problem", async () => {
    const a = await createCompany();
    const b = await createCompany();
    const n = withCheckDigit(String(Date.now()).padStart(12, "0").slice(-12));
    expect((await saveCompanyProfile(coordinator, parse(validProfile(a.id, { corporateNumber: n })))).ok).toBe(true);
    expect(await saveCompanyProfile(coordinator, parse(validProfile(b.id, { corporateNumber: n })))).toEqual({
      ok: false,
      reason: "corporate_number_taken",
    });
  });
  it("an HQ city must lie in the chosen prefecture", async () => {
    const kaga = await getMunicipality("172065");
    const c = await createCompany();
    expect(
      await saveCompanyProfile(
        coordinator,
        parse(validProfile(c.id, { prefectureCode: "13", hqMunicipalityId: kaga.id })),
      ),
    ).toEqual({ ok: false, reason: "municipality_mismatch" });
    expect(
      (
        await saveCompanyProfile(
          coordinator,
          parse(validProfile(c.id, { prefectureCode: "17", hqMunicipalityId: kaga.id })),
        )
      ).ok,
    ).toBe(true);
  });
});

describe("profile form messages", () => {
  it("are Japanese and name the field", () => {
    const r = companyProfileSchema.safeParse({
      organizationId: "x",
      name: "",
      corporateNumber: "1180301018772",
      industries: [],
      contactEmail: "nope",
      contactPhone: "abc",
      website: "javascript:alert(1)",
    });
    const fe = z.flattenError(r.error!).fieldErrors as Record<string, string[]>;
    expect(fe.name?.[0]).toMatch(/会社名/);
    expect(fe.corporateNumber?.[0]).toMatch(/法人番号が正しくありません/);
    expect(fe.industries?.[0]).toMatch(/業種/);
    expect(fe.contactEmail?.[0]).toMatch(/メールアドレス/);
    expect(fe.contactPhone?.[0]).toMatch(/電話番号/);
    expect(fe.website?.[0]).toMatch(/https/);
    expect(
      z.flattenError(companyProfileSchema.safeParse({ corporateNumber: "123" }).error!).fieldErrors
        .corporateNumber?.[0],
    ).toMatch(/13桁/);
  });
  it("accepts a full-width, hyphenated corporate number", () => {
    expect(parse(validProfile("x", { corporateNumber: "１-１８０３-０１０１-８７７１" })).corporateNumber).toBe(
      "1180301018771",
    );
  });
});

describe("direct inquiry", () => {
  it("creates thread, first message and one notification per active company member, together", async () => {
    const company = await createCompany();
    const [m1, m2] = await Promise.all(
      [1, 2].map(() =>
        db.user.create({
          data: {
            email: `m-${crypto.randomUUID()}@example.test`,
            name: "社員",
            role: "COMPANY_MEMBER",
            passwordHash: "x",
            memberships: { create: { organizationId: company.id } },
          },
        }),
      ),
    );
    await db.user.create({
      data: {
        email: `p-${crypto.randomUUID()}@example.test`,
        name: "停止",
        role: "COMPANY_MEMBER",
        status: "SUSPENDED",
        passwordHash: "x",
        memberships: { create: { organizationId: company.id } },
      },
    });
    const { threadId } = await sendDirectInquiry(
      staff,
      directInquirySchema.parse({ companyId: company.id, subject: "施設予約のご相談", body: "一度お話を伺えますか。" }),
    );
    const thread = await db.thread.findUniqueOrThrow({ where: { id: threadId }, include: { messages: true } });
    expect(thread).toMatchObject({
      kind: "DIRECT_INQUIRY",
      companyId: company.id,
      municipalityId: staff.organizationId,
      departmentId: staff.departmentId,
      createdById: staff.id,
      subject: "施設予約のご相談",
    });
    expect(thread.messages.map((m) => [m.authorId, m.body])).toEqual([[staff.id, "一度お話を伺えますか。"]]);
    const notes = await db.notification.findMany({ where: { threadId } });
    expect(notes.map((n) => n.userId).sort()).toEqual([m1.id, m2.id].sort());
    expect(notes.every((n) => n.type === "DIRECT_INQUIRY" && n.url === `/messages/${threadId}`)).toBe(true);
  });
  it("only ACTIVE municipal staff may send", async () => {
    const company = await createCompany();
    const input = directInquirySchema.parse({ companyId: company.id, subject: "件名", body: "本文" });
    await expect(
      sendDirectInquiry(await createUser({ role: "MUNICIPAL_STAFF", status: "PENDING" }), input),
    ).rejects.toMatchObject({ code: "PENDING_APPROVAL" });
    await expect(sendDirectInquiry(member, input)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(sendDirectInquiry(coordinator, input)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(sendDirectInquiry(null, input)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await db.thread.count({ where: { companyId: company.id } })).toBe(0);
  });
  it("an unknown company or a municipality id is NOT_FOUND", async () => {
    const kaga = await getMunicipality("172065");
    await expect(sendDirectInquiry(staff, { companyId: kaga.id, subject: "s", body: "b" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

describe("linking case partners (track record)", () => {
  it("coordinators link and unlink; nobody else", async () => {
    const company = await createCompany();
    const partner = await createCasePartner("株式会社リンク");
    await expect(
      linkCasePartner(member, { companyId: company.id, casePartnerId: partner.id, linked: true }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await linkCasePartner(coordinator, { companyId: company.id, casePartnerId: partner.id, linked: true });
    expect((await db.casePartner.findUniqueOrThrow({ where: { id: partner.id } })).organizationId).toBe(company.id);
    await linkCasePartner(coordinator, { companyId: company.id, casePartnerId: partner.id, linked: false });
    expect((await db.casePartner.findUniqueOrThrow({ where: { id: partner.id } })).organizationId).toBeNull();
  });
});
