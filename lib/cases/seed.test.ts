import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { demoCase, prng, REAL_CASES, seedCases } from "@/prisma/seed/cases";
import { getCase, listCases } from "./queries";

describe("case seed", () => {
  it("is idempotent and deterministic", async () => {
    await seedCases(db, { demoCount: 30 });
    const count = async () => ({
      cases: await db.case.count({
        where: { OR: [{ id: { in: REAL_CASES.map((c) => c.id) } }, { id: { startsWith: "demo-case-" } }] },
      }),
      partners: await db.casePartner.count({
        where: { OR: [{ caseId: { in: REAL_CASES.map((c) => c.id) } }, { caseId: { startsWith: "demo-case-" } }] },
      }),
    });
    const first = await count();
    await seedCases(db, { demoCount: 30 });
    expect(await count()).toEqual(first);
    expect(first.cases).toBe(35);

    const m = [
      { id: "a", name: "甲市" },
      { id: "b", name: "乙町" },
    ];
    const themes = new Map([["dx", "t1"]]);
    expect(demoCase(7, m, themes)).toEqual(demoCase(7, m, themes));
    const r = prng(1);
    expect([r(), r()]).toEqual([
      prng(1)(),
      (() => {
        const s = prng(1);
        s();
        return s();
      })(),
    ]);
  });

  it("stores the real cases with their facts, and demo rows are marked", async () => {
    const osaka = await getCase("case-osaka-chatbot");
    expect(osaka?.isDemo).toBe(false);
    expect(osaka?.municipality.lgCode).toBe("270008");
    expect(osaka?.figures).toEqual([{ label: "電話での問い合わせ", value: "−99.5%" }]);
    const ehime = await getCase("case-ehime-rakuten");
    expect(ehime?.themes.map((t) => t.slug).sort()).toEqual(["community", "dx", "local-products"]);
    const demo = await getCase("demo-case-00001");
    expect(demo?.isDemo).toBe(true);
    expect(demo?.title).toMatch(/デモ/);
    expect(demo?.partners[0].name).toMatch(/^デモ.+株式会社$/);
    expect(demo?.themes.length).toBeGreaterThan(0);
    expect((await listCases({ municipality: "082368", scheme: "DEMONSTRATION" })).items.map((c) => c.id)).toContain(
      "case-omitama-remotelock",
    );
  });
});
