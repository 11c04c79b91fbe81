import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { normalize } from "@/lib/search/normalize";

// The directory folds stored text in SQL (kyoso_fold, kept by triggers) and the keyword in
// TypeScript (normalize): the two must agree, or a company is found by one spelling and not another.
const sqlFold = async (texts: string[]) =>
  (
    await db.$queryRaw<
      { f: string }[]
    >`SELECT kyoso_fold(t) AS f FROM unnest(${texts}::text[]) WITH ORDINALITY AS u(t, n) ORDER BY n`
  ).map((r) => r.f);

const alphabet = [
  ..."アイウエオカガキギパピプｱｲｳｶﾞﾊﾟﾊﾞｰｯｧあいうがぱっーゝ漢字株式会社ＡＢＣａｂｃABCabc０１２012　 -‐–—・･（）()＆&％%_＿㈱㍿",
];
const japanese = fc.array(fc.constantFrom(...alphabet), { maxLength: 24 }).map((a) => a.join(""));

describe("kyoso_fold (SQL) = normalize (TypeScript)", () => {
  it("agrees on the spellings people type", async () => {
    const samples = [
      "ｻｲﾎﾞｳｽﾞ株式会社",
      "サイボウズ",
      "さいぼうず",
      "ＮＥＣ",
      "スマート ロック",
      "ﾘﾓｰﾄﾛｯｸ",
      "㈱トラストバンク",
    ];
    expect(await sqlFold(samples)).toEqual(samples.map(normalize));
  });

  it("agrees on generated text", async () => {
    const cases = fc.sample(japanese, 3000);
    expect(await sqlFold(cases)).toEqual(cases.map(normalize));
  });
});
