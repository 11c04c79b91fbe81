import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { createUser, uid } from "@/tests/fixtures/factories";
import { listCompanies } from "./queries";
import { createCompany } from "./test-helpers";

// The directory lists companies whose profile has content first and 「プロフィール未登録」 last, by name
// within each group; the keyword box folds kana and width as /search does.
let staff: SessionUser;
const KANA = "アイウエオカキクケコサシスセソタチツテト";
const HALF: Record<string, string> = Object.fromEntries(
  [..."アイウエオカキクケコサシスセソタチツテト"].map((k, i) => [k, "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄ"[i]]),
);
/** A random katakana word: unique per run, so queries made of it match only this file's companies. */
const kana = Array.from({ length: 6 }, () => KANA[Math.floor(Math.random() * KANA.length)]).join("");
const hira = [...kana].map((c) => String.fromCodePoint(c.codePointAt(0)! - 0x60)).join("");
const half = [...kana].map((c) => HALF[c]).join("");
const token = `並び${uid()}`;
const names = async (q: string) => (await listCompanies(staff, { q })).items.map((c) => c.name);

beforeAll(async () => {
  staff = await createUser({ role: "MUNICIPAL_STAFF" });
  await createCompany({ name: `${token} う未登録`, profile: false });
  await createCompany({ name: `${token} い記入済`, capabilities: "電子申請" });
  // A profile row with nothing written in it counts as 未登録 too.
  const blank = await createCompany({ name: `${token} あ空の行`, capabilities: "" });
  await db.companyProfile.update({ where: { organizationId: blank.id }, data: { industries: [] } });
  await createCompany({ name: `${token} え記入済`, capabilities: "", industries: ["IT"] });
  await createCompany({ name: `株式会社${kana}ＬＡＢ`, capabilities: `スマートロック${kana}の設置` });
});

describe("directory order", () => {
  it("puts profiles with content first and empty ones last, by name within each group", async () => {
    expect(await names(token)).toEqual([
      `${token} い記入済`,
      `${token} え記入済`,
      `${token} あ空の行`,
      `${token} う未登録`,
    ]);
  });

  it("follows profile edits: filling a profile moves the company up, deleting it moves it down", async () => {
    const empty = await db.organization.findFirstOrThrow({ where: { name: `${token} あ空の行` } });
    await db.companyProfile.update({ where: { organizationId: empty.id }, data: { services: "見守り" } });
    expect((await names(token))[0]).toBe(`${token} あ空の行`);
    await db.companyProfile.delete({ where: { organizationId: empty.id } });
    expect((await names(token)).slice(-2)).toEqual([`${token} あ空の行`, `${token} う未登録`]);
    const card = (await listCompanies(staff, { q: token })).items.find((c) => c.id === empty.id);
    expect(card?.profileFilled).toBe(false);
  });
});

describe("directory keyword folding", () => {
  it.each([
    ["katakana", kana],
    ["hiragana", hira],
    ["half-width kana", half],
    ["full-width latin typed as ASCII", `${kana}lab`],
    ["with spaces and a long-vowel mark", `${half} ＬＡＢ`],
  ])("finds the company by its name typed in %s", async (_, q) => {
    expect(await names(q)).toEqual([`株式会社${kana}ＬＡＢ`]);
  });

  it("folds the profile text too, and never matches across capabilities and services", async () => {
    expect(await names(`すまとろっく${hira}`)).toEqual([`株式会社${kana}ＬＡＢ`]);
    const c = await createCompany({ name: `${token} 境界`, capabilities: `${kana}の末尾` });
    await db.companyProfile.update({ where: { organizationId: c.id }, data: { services: "先頭" } });
    expect(await names(`末尾先頭`)).not.toContain(`${token} 境界`);
    expect(await names(`${hira}のまつび`)).toEqual([]);
  });

  it("treats % and _ as themselves", async () => {
    expect(await names(`${kana}%`)).toEqual([]);
    expect(await names(`${kana.slice(0, 2)}_`)).toEqual([]);
  });
});
