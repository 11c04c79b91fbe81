import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { isValidLgCode, lgCheckDigit } from "./lg-code";
import { loadMunicipalities, parseMunicipalities } from "./load";

describe("全国地方公共団体コード", () => {
  it("computes the check digit", () => {
    expect(lgCheckDigit("13101")).toBe(6); // 千代田区 131016
    expect(isValidLgCode("131016")).toBe(true);
    expect(isValidLgCode("172065")).toBe(true); // 加賀市
    expect(isValidLgCode("402311")).toBe(true); // 那珂川市
    expect(isValidLgCode("172066")).toBe(false);
    expect(isValidLgCode("17206")).toBe(false);
  });

  it("rejects a file with a wrong check digit", () => {
    expect(() =>
      parseMunicipalities("code,pref,name,type,district,furigana\n172066,石川県,加賀市,市,中部地方,かがし"),
    ).toThrow(/172066/);
  });

  it("loads every local government except 行政区, with 那珂川市 as a city", () => {
    const rows = loadMunicipalities();
    const count = (t: string) => rows.filter((r) => r.type === t).length;
    expect(rows).toHaveLength(1788);
    expect([
      count("PREFECTURE"),
      count("DESIGNATED_CITY"),
      count("CITY"),
      count("TOWN"),
      count("VILLAGE"),
      count("SPECIAL_WARD"),
    ]).toEqual([47, 20, 772, 743, 183, 23]);
    expect(rows.find((r) => r.lgCode === "402311")).toMatchObject({
      name: "那珂川市",
      type: "CITY",
      prefectureCode: "40",
    });
    expect(rows.find((r) => r.lgCode === "403059")).toBeUndefined();
  });

  it("is in the database after seeding", async () => {
    // Other test files add their own municipalities (without a code) to the shared database.
    expect(await db.organization.count({ where: { kind: "MUNICIPALITY", lgCode: { not: null } } })).toBe(1788);
    expect(await db.organization.findUnique({ where: { lgCode: "270008" } })).toMatchObject({
      name: "大阪府",
      municipalityType: "PREFECTURE",
    });
  });
});
