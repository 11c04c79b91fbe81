import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { createUser } from "@/tests/fixtures/factories";
import { createCase, updateCase } from "./mutations";
import { caseInputSchema, caseUpdateSchema, type CaseInput } from "./schema";
import { caseInput } from "./test-helpers";

let coordinator: SessionUser;
let admin: SessionUser;

beforeAll(async () => {
  coordinator = await createUser({ role: "COORDINATOR" });
  admin = await createUser({ role: "ADMIN" });
});

describe("who may write cases", () => {
  it("refuses anonymous, company, municipal staff and pending coordinators", async () => {
    const input = await caseInput();
    await expect(createCase(null, input)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(createCase(await createUser({ role: "COMPANY_MEMBER" }), input)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(createCase(await createUser({ role: "MUNICIPAL_STAFF" }), input)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(createCase(await createUser({ role: "COORDINATOR", status: "PENDING" }), input)).rejects.toMatchObject(
      { code: "PENDING_APPROVAL" },
    );
    expect(await db.case.count({ where: { title: input.title } })).toBe(0);
  });

  it("lets a coordinator create and an admin edit, replacing partners and themes", async () => {
    const input = await caseInput({
      partners: [{ name: "A社" }, { name: "B社", role: "開発" }],
      figures: [{ label: "作業時間", value: "30%減" }],
      links: [{ label: "報道発表", url: "https://example.jp/press" }],
      startedOn: "2022-04-01",
      endedOn: "2023-03-31",
      themeSlugs: ["dx", "health"],
    });
    const { id } = await createCase(coordinator, input);
    const row = await db.case.findUniqueOrThrow({
      where: { id },
      include: { partners: { orderBy: { sortOrder: "asc" } }, themes: true },
    });
    expect(row.partners.map((p) => [p.name, p.role])).toEqual([
      ["A社", null],
      ["B社", "開発"],
    ]);
    expect(row.themes.map((t) => t.slug).sort()).toEqual(["dx", "health"]);
    expect(row.figures).toEqual([{ label: "作業時間", value: "30%減" }]);
    expect(row.startedOn?.toISOString().slice(0, 10)).toBe("2022-04-01");
    expect(row.createdById).toBe(coordinator.id);

    await updateCase(
      admin,
      caseUpdateSchema.parse({
        ...input,
        id,
        title: "書き直し",
        partners: [{ name: "C社" }],
        themeSlugs: ["facilities"],
      }),
    );
    const again = await db.case.findUniqueOrThrow({ where: { id }, include: { partners: true, themes: true } });
    expect(again.title).toBe("書き直し");
    expect(again.partners.map((p) => p.name)).toEqual(["C社"]);
    expect(again.themes.map((t) => t.slug)).toEqual(["facilities"]);
  });

  it("editing an unknown id is NOT_FOUND", async () => {
    await expect(updateCase(coordinator, { ...(await caseInput()), id: "no-such-case" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

describe("transactions", () => {
  it("a failing partner write leaves no case behind", async () => {
    // NUL cannot be stored in PostgreSQL text: the partner insert fails after the case insert.
    const input: CaseInput = { ...(await caseInput()), partners: [{ name: "壊れた\u0000会社" }] };
    await expect(createCase(coordinator, input)).rejects.toBeTruthy();
    expect(await db.case.count({ where: { title: input.title } })).toBe(0);
  });
  it("an unknown theme or a company id as municipality is INVALID_INPUT and saves nothing", async () => {
    const input = await caseInput({ themeSlugs: ["dx", "no-such-theme"] });
    await expect(createCase(coordinator, input)).rejects.toMatchObject({ code: "INVALID_INPUT" });
    const company = await createUser({ role: "COMPANY_MEMBER" });
    const other = await caseInput();
    await expect(createCase(coordinator, { ...other, municipalityId: company.organizationId! })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    expect(await db.case.count({ where: { title: { in: [input.title, other.title] } } })).toBe(0);
  });
  it("a failing edit keeps the old partners", async () => {
    const input = await caseInput();
    const { id } = await createCase(coordinator, input);
    await expect(
      updateCase(coordinator, { ...input, id, title: "変更", partners: [{ name: "x\u0000" }] }),
    ).rejects.toBeTruthy();
    const row = await db.case.findUniqueOrThrow({ where: { id }, include: { partners: true } });
    expect(row.title).toBe(input.title);
    expect(row.partners.map((p) => p.name)).toEqual(["株式会社テスト"]);
  });
});

describe("form validation messages", () => {
  it("explains every missing field in Japanese, and drops blank rows", () => {
    const r = caseInputSchema.safeParse({
      partners: [{ name: "", role: "" }],
      links: [{ label: "x", url: "javascript:alert(1)" }],
      fiscalYear: "20xx",
      startedOn: "2023-02-30",
    });
    expect(r.success).toBe(false);
    const fe = z.flattenError(r.error!).fieldErrors as Record<string, string[]>;
    expect(fe.title?.[0]).toMatch(/タイトル/);
    expect(fe.municipalityId?.[0]).toMatch(/自治体/);
    expect(fe.partners?.[0]).toMatch(/協力企業/);
    expect(fe.scheme?.[0]).toMatch(/連携の形/);
    expect(fe.links?.[0]).toMatch(/https?:\/\//);
    expect(fe.fiscalYear?.[0]).toMatch(/西暦4桁/);
    expect(fe.startedOn?.[0]).toMatch(/存在しない日付/);
    expect(fe.themeSlugs?.[0]).toMatch(/テーマ/);
  });
  it("accepts full-width year digits and rejects an end before the start", () => {
    const base = {
      title: "t",
      summary: "s",
      body: "b",
      municipalityId: "abc",
      partners: [{ name: "n" }],
      scheme: "OTHER",
      outcome: "ONGOING",
      themeSlugs: ["dx"],
    };
    expect(caseInputSchema.parse({ ...base, fiscalYear: "２０２１" }).fiscalYear).toBe(2021);
    const r = caseInputSchema.safeParse({ ...base, fiscalYear: 2021, startedOn: "2022-01-01", endedOn: "2021-12-31" });
    expect(z.flattenError(r.error!).fieldErrors).toHaveProperty("endedOn");
  });
});

describe("municipality message", () => {
  it("says once, plainly, that a municipality must be chosen", () => {
    const r = caseInputSchema.safeParse({ municipalityId: "" });
    expect(z.flattenError(r.error!).fieldErrors.municipalityId).toEqual(["自治体を選んでください"]);
  });
});
