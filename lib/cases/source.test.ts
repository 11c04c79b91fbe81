import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createUser } from "@/tests/fixtures/factories";
import { mostly } from "@/tests/fixtures/property";
import { createCase, updateCase } from "./mutations";
import { getCase } from "./queries";
import { caseInputSchema } from "./schema";
import { caseInput } from "./test-helpers";

// 出典 (source URL, publisher, publication date) on the case form: hostile input never saves a
// javascript: link, an unreal date or one from the future; what passes is stored and shown as typed.
const base = {
  title: "t",
  summary: "s",
  body: "b",
  municipalityId: "c0000000000000000000000000",
  partners: [{ name: "株式会社テスト" }],
  scheme: "OTHER",
  outcome: "ADOPTED",
  fiscalYear: 2022,
  themeSlugs: ["dx"],
};
const url = mostly(
  fc.webUrl({ validSchemes: ["http", "https"] }),
  fc.oneof(
    fc.constantFrom("javascript:alert(1)", "data:text/html,x", "ftp://example.jp/a", "http://localhost/x", "//x.jp"),
    fc.string(),
    fc.anything(),
  ),
);
const date = mostly(
  fc
    .date({ min: new Date("1990-01-01"), max: new Date("2110-12-31"), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  fc.oneof(fc.constantFrom("2021-02-29", "2020-13-01", "20200101", ""), fc.string(), fc.anything()),
);
const today = () => new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

describe("case source validation", () => {
  it("accepts only http(s) URLs with a real host and dates from 2000 up to today", () => {
    let accepted = 0;
    fc.assert(
      fc.property(
        url,
        mostly(fc.string({ maxLength: 120 }), fc.anything()),
        date,
        (sourceUrl, sourcePublisher, sourcePublishedOn) => {
          const r = caseInputSchema.safeParse({ ...base, sourceUrl, sourcePublisher, sourcePublishedOn });
          if (!r.success) return;
          accepted++;
          const v = r.data;
          if (v.sourceUrl !== undefined) {
            expect(v.sourceUrl).toMatch(/^https?:\/\/[^/]*[a-z0-9]\.[a-z]/i);
            expect(v.sourceUrl.length).toBeLessThanOrEqual(500);
          }
          if (v.sourcePublisher !== undefined) {
            expect(v.sourcePublisher.length).toBeLessThanOrEqual(100);
            expect(v.sourcePublisher).not.toMatch(/[\u0000-\u001f]/);
          }
          if (v.sourcePublishedOn !== undefined) {
            expect(v.sourcePublishedOn >= "2000-01-01" && v.sourcePublishedOn <= today()).toBe(true);
          }
        },
      ),
      { numRuns: 600 },
    );
    expect(accepted).toBeGreaterThan(30);
  });

  it("says what is wrong, in Japanese, next to the field", () => {
    const r = caseInputSchema.safeParse({ ...base, sourceUrl: "javascript:alert(1)", sourcePublishedOn: "2099-01-01" });
    expect(r.success).toBe(false);
    const issues = Object.fromEntries(r.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(issues.sourceUrl).toMatch(/http/);
    expect(issues.sourcePublishedOn).toMatch(/未来/);
  });
});

describe("case source storage", () => {
  it("stores the source, shows it on the case, and editing keeps the partners' company links", async () => {
    const coordinator = await createUser({ role: "COORDINATOR" });
    const input = await caseInput({
      sourceUrl: "https://www.example.lg.jp/press/2021.html",
      sourcePublisher: "  〇〇市 広報課 ",
      sourcePublishedOn: "2021-04-01",
    });
    const { id } = await createCase(coordinator, input);
    const c = await getCase(id);
    expect(c?.sourceUrl).toBe("https://www.example.lg.jp/press/2021.html");
    expect(c?.sourcePublisher).toBe("〇〇市 広報課");
    expect(c?.sourcePublishedOn?.toISOString().slice(0, 10)).toBe("2021-04-01");

    const company = await db.organization.create({ data: { kind: "COMPANY", name: "株式会社テスト" } });
    await db.casePartner.updateMany({ where: { caseId: id }, data: { organizationId: company.id } });
    await updateCase(coordinator, { ...input, id, sourceUrl: undefined, sourcePublisher: undefined });
    const after = await getCase(id);
    expect(after?.sourceUrl).toBeNull();
    expect(after?.partners.map((p) => p.organizationId)).toEqual([company.id]);
  });
});
