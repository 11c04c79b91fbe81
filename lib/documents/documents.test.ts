// The generated .docx files, opened the way Word does: unzip, read word/document.xml. They carry the key texts,
// never an internal note, and stay well-formed XML whatever bytes a user typed into a title.
import { unzipSync, strFromU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createUser, getMunicipality, uid } from "@/tests/fixtures/factories";
import { buildAgreement } from "./agreement";
import { buildBudgetMemo } from "./budget-memo";
import { getMemoData, getPilotDocument } from "./queries";
import { buildReviewSheet } from "./review-sheet";
import { endedPilot, loopMatch, NOTES } from "./test-support";

export function documentXml(docx: Buffer): string {
  const files = unzipSync(new Uint8Array(docx));
  expect(Object.keys(files)).toContain("word/document.xml");
  return strFromU8(files["word/document.xml"]);
}

/** Well-formed enough for Word: only XML 1.0 characters, every & an entity, every tag closed in order. */
export function expectWellFormed(xml: string) {
  expect(xml).not.toMatch(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u);
  expect(xml).not.toMatch(/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/);
  const stack: string[] = [];
  for (const [, close, name, self] of xml.matchAll(/<(\/?)([A-Za-z_][\w:.-]*)[^<>]*?(\/?)>/g)) {
    if (self) continue;
    if (close) expect(stack.pop()).toBe(name);
    else stack.push(name);
  }
  expect(stack).toEqual([]);
  // Text between tags holds no raw < (it would have been read as a tag above) and no stray >.
  expect(xml.replace(/<[^<>]*>/g, "")).not.toMatch(/[<>]/);
}

/** The document's visible text, runs joined (Word splits a sentence into several runs). */
const textOf = (xml: string) =>
  xml
    .replace(/<w:br\/>/g, "\n")
    .replace(/<[^<>]*>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

async function scene() {
  const kaga = await getMunicipality();
  const company = await createUser({ role: "COMPANY_MEMBER", orgName: `文書テスト株式会社 ${uid()}` });
  const staff = await createUser({ role: "MUNICIPAL_STAFF" });
  const m = await loopMatch({ municipalityId: kaga.id, companyId: company.organizationId!, authorId: staff.id });
  const pilot = await endedPilot(m.id);
  const coordinator = await createUser({ role: "COORDINATOR" });
  return { kaga, company, m, pilot, coordinator };
}

describe("generated documents", () => {
  it("the agreement draft has the articles, both parties, the criteria and no internal note", async () => {
    const s = await scene();
    const xml = documentXml(await buildAgreement((await getPilotDocument(s.coordinator, s.pilot.id))!));
    expectWellFormed(xml);
    const text = textOf(xml);
    for (const key of [
      "実証実験に関する協定書（案）",
      "（目的）",
      "（実施期間）",
      "（役割分担）",
      "（費用負担）",
      "（成功指標）",
      "（中間評価及び最終評価）",
      "（秘密保持）",
      "（個人情報の取扱い）",
      "（成果の帰属及び公表）",
      "（協議）",
      "加賀市（以下「甲」という。）",
      `${s.company.organizationName}（以下「乙」という。）`,
      "AI電話応対システム一式と設定作業",
      "電話問い合わせ件数",
      "−30 %",
      "2026年6月1日から2026年8月31日まで",
      "対価を支払わない",
      "代表者",
    ])
      expect(text, key).toContain(key);
    for (const note of Object.values(NOTES)) expect(text).not.toContain(note);
  });

  it("the review sheet records target, baseline, result and met per criterion, blanks where none", async () => {
    const s = await scene();
    const text = textOf(documentXml(await buildReviewSheet((await getPilotDocument(s.coordinator, s.pilot.id))!)));
    for (const key of [
      "実証実験 評価シート",
      "−42 %",
      "月1,200件",
      "達成",
      "未達成",
      "月12時間削減",
      "総括",
      "目標を上回る削減",
    ])
      expect(text, key).toContain(key);
    for (const note of Object.values(NOTES)) expect(text).not.toContain(note);
  });

  it("the memo: subject, results with figures, funding, route, steps left and similar cases of other towns, real first", async () => {
    const s = await scene();
    // A theme of this test's own: other test files share the database and add real cases on the common themes,
    // which would rank before these (real first) and make the cited three depend on the order files run in.
    const dx = await db.theme.create({
      data: { slug: `doc-${uid()}`, nameJa: "文書テスト", nameEn: "Document test", sortOrder: 9999 },
    });
    const { challengeId } = await db.match.findUniqueOrThrow({ where: { id: s.m.id }, select: { challengeId: true } });
    await db.challenge.update({ where: { id: challengeId! }, data: { themes: { set: [{ id: dx.id }] } } });
    const other = await getMunicipality("082368");
    const word = `類似${uid()}`;
    const mk = (title: string, municipalityId: string, isDemo: boolean, fiscalYear = 2024) =>
      db.case.create({
        data: {
          title,
          summary: "s",
          body: "b",
          municipalityId,
          scheme: "DEMONSTRATION",
          outcome: "ADOPTED",
          fiscalYear,
          isDemo,
          themes: { connect: { id: dx.id } },
          figures: [{ label: "電話件数", value: "半減" }],
        },
      });
    // Newer demo cases would come first by date: the real one must still be cited before them.
    await mk(`${word} 本物の事例`, other.id, false, 2001);
    for (let i = 0; i < 3; i++) await mk(`${word} デモ事例${i}`, other.id, true, 2099);
    await mk(`${word} 同じ市の事例`, s.kaga.id, false, 2099);
    const data = (await getMemoData(s.coordinator, s.m.id, new Date("2098-06-01")))!;
    const text = textOf(documentXml(await buildBudgetMemo(data)));
    for (const key of [
      "予算要求メモ（案）",
      "件名",
      "窓口の電話対応を減らしたい",
      "電話での問い合わせが多く",
      "電話問い合わせ件数",
      "−42 %",
      "4,800,000円",
      "一般財源",
      "随意契約",
      "随意契約理由書（地方自治法施行令第167条の2）",
      "部内予算案",
      "財政ヒアリング",
      `${word} 本物の事例`,
      "電話件数：半減",
      "作成日",
    ])
      expect(text, key).toContain(key);
    expect(text).not.toContain(`${word} 同じ市の事例`);
    expect(text.split(word).length - 1).toBe(3);
    for (const note of Object.values(NOTES)) expect(text).not.toContain(note);
  });

  it("hostile bytes in titles (NUL, <, &, emoji, 10,000 characters) still make valid documents", async () => {
    const s = await scene();
    const hostile = `a\u0000b<c>&d"e'🙂\uD800\u0007${"長".repeat(10_000)}`;
    // PostgreSQL text cannot hold a NUL (the forms strip it), so the hostile text is put on the loaded rows: the
    // builders must cope with anything, whatever a later import or migration lets through.
    const loaded = (await getPilotDocument(s.coordinator, s.pilot.id))!;
    const pilot = {
      ...loaded,
      title: hostile,
      purpose: hostile,
      criteria: loaded.criteria.map((c) => ({ ...c, label: hostile, result: hostile })),
      match: { ...loaded.match, company: { name: `<会社>&${"名".repeat(500)}` } },
    };
    const data = (await getMemoData(s.coordinator, s.m.id))!;
    const memo = {
      ...data,
      match: { ...data.match, challenge: { ...data.match.challenge!, title: hostile, situation: hostile } },
      pilot: { ...data.pilot!, title: hostile, criteria: pilot.criteria },
    };
    for (const docx of [await buildAgreement(pilot), await buildReviewSheet(pilot), await buildBudgetMemo(memo)]) {
      const xml = documentXml(docx);
      expectWellFormed(xml);
      const text = textOf(xml);
      expect(text).toContain(`ab<c>&d"e'🙂`);
      expect(text).toContain("長".repeat(10_000));
    }
  });
});
