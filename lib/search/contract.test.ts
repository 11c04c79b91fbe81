import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { caseInput } from "@/lib/cases/test-helpers";
import { createCase, updateCase } from "@/lib/cases/mutations";
import {
  closeChallenge,
  publishChallenge,
  saveChallengeDraft,
  updatePublishedChallenge,
} from "@/lib/challenges/mutations";
import { challengeDraftSchema, challengePublishSchema } from "@/lib/challenges/schema";
import { stopBoss } from "@/lib/jobs/boss";
import { runJob } from "@/lib/jobs/run";
import { jobsFor } from "@/lib/notifications/test-support";
import { createUser, uid } from "@/tests/fixtures/factories";
import { createMeilisearchBackend } from "./meilisearch";
import { useSearchBackend } from "./index";
import { EXACT_LIMIT, postgresBackend, tuning } from "./postgres";
import { countsByKind, searchFor, similarForDraft, suggest } from "./service";
import { HIGHLIGHT_END, HIGHLIGHT_START, type SearchBackend, type SearchDocument } from "./types";

// One suite, every backend: PostgreSQL always; Meilisearch when MEILISEARCH_HOST points at a server
// (docker compose up meilisearch). Files share one database, so every test scopes itself with a
// theme id of its own (`tag`) or words nobody else uses (`rare()`).
const meiliHost = process.env.MEILISEARCH_HOST;
if (!meiliHost)
  console.warn(
    "[search contract] Meilisearch tests SKIPPED: MEILISEARCH_HOST is not set (no Meilisearch server on this machine). Run: docker compose up -d meilisearch && MEILISEARCH_HOST=http://localhost:7700 npx vitest run lib/search",
  );

const backends: [string, () => SearchBackend][] = [["postgres", () => postgresBackend]];
if (meiliHost)
  backends.push([
    "meilisearch",
    () => createMeilisearchBackend({ host: meiliHost, apiKey: process.env.MEILISEARCH_API_KEY, prefix: "kyoso_test" }),
  ]);
// Skipped on purpose without MEILISEARCH_HOST: no Meilisearch server can run on these machines (no Docker,
// no binary), so the Meilisearch half of the contract needs `docker compose up -d meilisearch` elsewhere.
if (!meiliHost)
  describe.skip("meilisearch backend (MEILISEARCH_HOST not set)", () =>
    it("runs only against a Meilisearch server", () => {}));

const RARE = "鰐鯱鵺麒麟鸚鵡鴎鷺鶯鷲鳶鴨雉鶉鷗";
/** Four rare kanji: a word no other test's document contains. */
const rare = () => Array.from({ length: 4 }, () => RARE[Math.floor(Math.random() * RARE.length)]).join("");
const plain = (s: string) => s.replaceAll(HIGHLIGHT_START, "").replaceAll(HIGHLIGHT_END, "");

/** The mutation queued a search.index job in its transaction; run it as the worker would. */
async function runIndexJobs(kind: "CASE" | "CHALLENGE", id: string) {
  expect((await jobsFor("search.index", "id", id)).length).toBeGreaterThan(0);
  await runJob("search.index", { kind, id });
}

afterAll(async () => {
  useSearchBackend(null);
  await stopBoss();
});

describe.each(backends)("search contract: %s", (_name, make) => {
  const backend = make();
  const tag = `t-${uid()}`;
  const doc = (id: string, over: Partial<SearchDocument>): SearchDocument => ({
    kind: "CASE",
    id: `${tag}-${id}`,
    title: "",
    body: "",
    keywords: "",
    themeIds: [tag],
    prefectureCodes: ["17"],
    category: "DEMONSTRATION",
    industries: [],
    year: 2023,
    date: "2023-05-01T00:00:00.000Z",
    ...over,
  });
  const only = { themeIds: [tag] };
  const ids = (r: { hits: { id: string }[] }) => r.hits.map((h) => h.id.replace(`${tag}-`, ""));

  beforeAll(async () => {
    useSearchBackend(backend);
    await backend.setup();
    await backend.upsert([
      doc("lock", {
        title: "スマートロックで公民館の鍵を管理",
        body: "鍵の受け渡しが不要になりました。",
        year: 2023,
        date: "2023-05-01T00:00:00.000Z",
      }),
      doc("bousai", {
        title: "防災アプリで避難所の混雑を発信",
        body: "町の防災担当と連携しました。",
        themeIds: [tag, `${tag}-x`],
        prefectureCodes: ["13"],
        category: "PROPOSAL",
        year: 2024,
        date: "2024-06-01T00:00:00.000Z",
      }),
      doc("akiya", {
        title: "空き家バンクの運営を民間に",
        body: "空き家の活用を進めます。",
        year: 2022,
        date: "2022-04-01T00:00:00.000Z",
      }),
      doc("ai", {
        title: "ＡＩチャットボットで問い合わせ対応",
        body: "ｺｰﾙｾﾝﾀｰの負担を減らしました。",
        prefectureCodes: ["01"],
        year: 2021,
        date: "2021-10-01T00:00:00.000Z",
      }),
      doc("kosodate", {
        title: "子育て支援のオンライン相談",
        body: "保護者の相談にオンラインで応えます。",
        prefectureCodes: ["13"],
        year: 2024,
        date: "2024-09-01T00:00:00.000Z",
      }),
    ]);
  });

  it("finds one- and two-character queries", async () => {
    expect(ids(await backend.search({ kind: "CASE", q: "町", filters: only }))).toEqual(["bousai"]);
    expect(ids(await backend.search({ kind: "CASE", q: "鍵", filters: only }))).toEqual(["lock"]);
    expect(ids(await backend.search({ kind: "CASE", q: "防災", filters: only }))).toEqual(["bousai"]);
  });

  it("matches katakana and hiragana, full and half width, with and without 「ー」 and spaces", async () => {
    for (const q of ["スマートロック", "すまーとろっく", "ｽﾏｰﾄﾛｯｸ", "スマート ロック"])
      expect(ids(await backend.search({ kind: "CASE", q, filters: only })), q).toEqual(["lock"]);
    expect(ids(await backend.search({ kind: "CASE", q: "AIチャットボット", filters: only }))).toEqual(["ai"]);
    expect(ids(await backend.search({ kind: "CASE", q: "コールセンター", filters: only }))).toEqual(["ai"]);
  });

  it("tolerates a typo in a longer word", async () => {
    expect(ids(await backend.search({ kind: "CASE", q: "スマートロッコ", filters: only }))).toContain("lock");
  });

  it("counts company facets: industries, prefectures and size", async () => {
    const word = rare();
    const co = (id: string, industries: string[], prefectureCodes: string[]) =>
      doc(id, {
        kind: "COMPANY",
        title: `${word}株式会社`,
        themeIds: [],
        industries,
        prefectureCodes,
        category: "SMALL",
        year: null,
      });
    await backend.upsert([co("c1", ["IT", "OTHER"], ["13", "00"]), co("c2", ["IT"], ["13"])]);
    const r = await backend.search({ kind: "COMPANY", q: word });
    expect([r.total, r.facets.industries, r.facets.prefectureCodes, r.facets.categories]).toEqual([
      2,
      { IT: 2, OTHER: 1 },
      { "13": 2, "00": 1 },
      { SMALL: 2 },
    ]);
  });

  it("filters, counts facets, paginates and sorts newest first", async () => {
    const tokyo = await backend.search({ kind: "CASE", q: "", filters: { ...only, prefectureCodes: ["13"] } });
    expect(ids(tokyo).sort()).toEqual(["bousai", "kosodate"]);
    const all = await backend.search({ kind: "CASE", q: "", filters: only, sort: "newest" });
    expect(all.total).toBe(5);
    expect(ids(all)).toEqual(["kosodate", "bousai", "lock", "akiya", "ai"]);
    expect(all.facets.prefectureCodes).toEqual({ "17": 2, "13": 2, "01": 1 });
    expect(all.facets.categories).toEqual({ DEMONSTRATION: 4, PROPOSAL: 1 });
    expect(all.facets.years).toEqual({ "2021": 1, "2022": 1, "2023": 1, "2024": 2 });
    expect(all.facets.themeIds).toEqual({ [tag]: 5, [`${tag}-x`]: 1 });
    const p1 = await backend.search({ kind: "CASE", q: "", filters: only, sort: "newest", perPage: 2, page: 1 });
    const p3 = await backend.search({ kind: "CASE", q: "", filters: only, sort: "newest", perPage: 2, page: 3 });
    expect([p1.total, ids(p1), ids(p3)]).toEqual([5, ["kosodate", "bousai"], ["ai"]]);
    // Any of a facet's values; every facet given; a value no document carries matches nothing.
    const either = await backend.search({
      kind: "CASE",
      q: "",
      filters: { themeIds: [tag, `${tag}-none`], prefectureCodes: ["13", "01"], categories: ["DEMONSTRATION"] },
    });
    expect(ids(either).sort()).toEqual(["ai", "kosodate"]);
    expect(await backend.search({ kind: "CASE", q: "", filters: { themeIds: [`${tag}-none`] } })).toMatchObject({
      total: 0,
      hits: [],
    });
  });

  it("highlights matches on the original text, title and snippet", async () => {
    const r = await backend.search({ kind: "CASE", q: "すまーとろっく 鍵", filters: only });
    expect(r.hits[0].titleHighlighted).toBe(
      `${HIGHLIGHT_START}スマートロック${HIGHLIGHT_END}で公民館の${HIGHLIGHT_START}鍵${HIGHLIGHT_END}を管理`,
    );
    expect(r.hits[0].snippet).toContain(`${HIGHLIGHT_START}鍵${HIGHLIGHT_END}`);
    expect(plain(r.hits[0].snippet)).toBe("鍵の受け渡しが不要になりました。");
  });

  it("finds what people type: the legal term, a reading, a product name in katakana, a typo (issue 16 §10)", async () => {
    await backend.upsert([
      doc("kintone", {
        title: "kintoneで申請を電子化",
        body: "紙の申請書をなくしました。",
        date: "2020-01-01T00:00:00.000Z",
      }),
    ]);
    // 空家 (空家等対策特別措置法) and 空きや find 空き家 (synonyms); あきや and アキヤ find it by its reading.
    for (const q of ["空家", "空きや", "あきや", "アキヤ"])
      expect(ids(await backend.search({ kind: "CASE", q, filters: only })), q).toEqual(["akiya"]);
    // The match is marked where the document says it.
    expect((await backend.search({ kind: "CASE", q: "空家", filters: only })).hits[0].titleHighlighted).toBe(
      `${HIGHLIGHT_START}空き家${HIGHLIGHT_END}バンクの運営を民間に`,
    );
    for (const q of ["キントーン", "きんとーん", "kintone"])
      expect(ids(await backend.search({ kind: "CASE", q, filters: only })), q).toEqual(["kintone"]);
    // One typo in a word of 4+ characters, at its end (which the title trigram fallback misses) or in the body.
    expect(ids(await backend.search({ kind: "CASE", q: "スマートロッグ", filters: only }))).toEqual(["lock"]);
    expect(ids(await backend.search({ kind: "CASE", q: "スマートッロク", filters: only }))).toEqual(["lock"]);
    expect(ids(await backend.search({ kind: "CASE", q: "オンライン想談", filters: only }))).toEqual(["kosodate"]);
    // Synonyms work in both directions and with a second word.
    expect(ids(await backend.search({ kind: "CASE", q: "育児 オンライン", filters: only }))).toEqual(["kosodate"]);
    await backend.remove("CASE", [`${tag}-kintone`]);
  });

  it("ranks demo data after real data, by relevance and newest first (issue 16 §5)", async () => {
    const word = rare();
    await backend.upsert([
      doc("demo-new", { title: `${word}の実証（デモ）`, date: "2025-06-01T00:00:00.000Z", isDemo: true }),
      doc("demo-old", { title: `${word}の見える化（デモ）`, date: "2019-06-01T00:00:00.000Z", isDemo: true }),
      doc("real-body", { title: "庁内の業務改善", body: `${word}を導入しました。`, date: "2018-01-01T00:00:00.000Z" }),
      doc("real-title", { title: `${word}で窓口を改善`, date: "2017-01-01T00:00:00.000Z" }),
    ]);
    const real = ["real-title", "real-body"];
    expect(ids(await backend.search({ kind: "CASE", q: word, filters: only }))).toEqual([
      ...real,
      "demo-new",
      "demo-old",
    ]);
    expect(ids(await backend.search({ kind: "CASE", q: word, filters: only, sort: "newest" }))).toEqual([
      "real-body",
      "real-title",
      "demo-new",
      "demo-old",
    ]);
    await backend.remove(
      "CASE",
      ["demo-new", "demo-old", "real-body", "real-title"].map((id) => `${tag}-${id}`),
    );
  });

  it("ranks title matches above body matches", async () => {
    expect(ids(await backend.search({ kind: "CASE", q: "空き家", filters: only }))).toEqual(["akiya"]);
    await backend.upsert([
      doc("akiya-body", { title: "移住相談の窓口", body: "空き家の紹介もします。", date: "2025-01-01T00:00:00.000Z" }),
    ]);
    expect(ids(await backend.search({ kind: "CASE", q: "空き家", filters: only }))).toEqual(["akiya", "akiya-body"]);
    await backend.remove("CASE", [`${tag}-akiya-body`]);
  });

  it("removes documents", async () => {
    await backend.upsert([doc("gone", { title: "消える事例 まもなく削除" })]);
    expect(ids(await backend.search({ kind: "CASE", q: "まもなく削除", filters: only }))).toEqual(["gone"]);
    await backend.remove("CASE", [`${tag}-gone`]);
    expect((await backend.search({ kind: "CASE", q: "まもなく削除", filters: only })).total).toBe(0);
  });

  it("suggests titles", async () => {
    const word = rare();
    await backend.upsert([doc("suggest", { title: `${word}の見守りサービス` })]);
    expect((await backend.suggest(word, 8)).map((s) => s.id)).toContain(`${tag}-suggest`);
    expect(await backend.suggest(word, 8, ["CHALLENGE"])).toEqual([]);
  });

  it("counts exactly up to EXACT_LIMIT matches, and flags estimates above it (postgres)", async () => {
    if (backend.name !== "postgres") return;
    const few = await backend.search({ kind: "CASE", q: "", filters: only });
    expect([few.total, few.totalIsEstimate]).toEqual([few.hits.length, undefined]);
    // A theme of its own with EXACT_LIMIT + 500 documents sharing a word (the 1/16 sample promises more
    // than EXACT_LIMIT by ~3.5 standard deviations); half have it in the title.
    const broad = `b-${uid()}`;
    const word = rare();
    // A second broad word, in the titles of the 30 oldest documents only: the newest-rows title walk
    // finds none of them and the title-gram lookup takes over.
    let word2 = rare();
    while (word2 === word) word2 = rare();
    const n = EXACT_LIMIT + 500;
    const docs = Array.from({ length: n }, (_, i) =>
      doc(`broad-${i}`, {
        themeIds: [broad],
        title: `${i < 30 ? word2 : ""}${i % 2 ? `${word}の事例 ${i}` : `事例 ${i}`}`,
        body: `${word}を使いました。${word2}`,
        prefectureCodes: [i % 3 ? "13" : "01"],
        date: new Date(Date.UTC(2020, 0, 1 + i)).toISOString(),
      }),
    );
    for (let i = 0; i < n; i += 500) await backend.upsert(docs.slice(i, i + 500));
    const r = await backend.search({ kind: "CASE", q: word, filters: { themeIds: [broad] } });
    expect(r.totalIsEstimate).toBe(true);
    expect(r.total).toBeGreaterThan(EXACT_LIMIT);
    expect(Math.abs(r.total - n) / n).toBeLessThan(0.35);
    // The tab counts carry the flag too, so the page can print 「約…件」.
    expect((await countsByKind(null, word, { themeIds: [broad] })).CASE).toEqual({ count: r.total, estimate: true });
    expect(r.facets.prefectureCodes?.["13"]).toBeGreaterThan(r.facets.prefectureCodes?.["01"] ?? 0);
    // The page stays exact: title matches first, newest first.
    const newestTitled = docs
      .filter((_, i) => i % 2)
      .slice(-20)
      .reverse()
      .map((d) => d.id.replace(`${tag}-`, ""));
    expect(ids(r)).toEqual(newestTitled);
    const page2 = await backend.search({ kind: "CASE", q: word, filters: { themeIds: [broad] }, page: 2 });
    expect(ids(page2)).toEqual(
      docs
        .filter((_, i) => i % 2)
        .slice(-40, -20)
        .reverse()
        .map((d) => d.id.replace(`${tag}-`, "")),
    );
    const oldTitles = await backend.search({ kind: "CASE", q: word2, filters: { themeIds: [broad] } });
    expect(oldTitles.totalIsEstimate).toBe(true);
    expect(ids(oldTitles)).toEqual(
      docs
        .slice(10, 30)
        .reverse()
        .map((d) => d.id.replace(`${tag}-`, "")),
    );
    const newest = await backend.search({ kind: "CASE", q: word, filters: { themeIds: [broad] }, sort: "newest" });
    expect(ids(newest)).toEqual(
      docs
        .slice(-20)
        .reverse()
        .map((d) => d.id.replace(`${tag}-`, "")),
    );
    // Page 2: the last 10 title matches, then the rest newest first.
    const restPage = [...docs.slice(0, 10).reverse(), ...docs.slice(-10).reverse()].map((d) =>
      d.id.replace(`${tag}-`, ""),
    );
    const oldTitles2 = await backend.search({ kind: "CASE", q: word2, filters: { themeIds: [broad] }, page: 2 });
    expect(ids(oldTitles2)).toEqual(restPage);
    // The same pages when the matches count as dense (walked newest first instead of read through the index),
    // and when the title walk is tried whatever the sample says (~750 title matches: skipped by default).
    const defaults = { ...tuning };
    try {
      for (const set of [{ dense: 0 }, { titleDense: 0 }]) {
        Object.assign(tuning, defaults, set);
        expect(ids(await backend.search({ kind: "CASE", q: word, filters: { themeIds: [broad] } }))).toEqual(
          newestTitled,
        );
        expect(ids(await backend.search({ kind: "CASE", q: word, filters: { themeIds: [broad] }, page: 2 }))).toEqual(
          ids(page2),
        );
        expect(
          ids(await backend.search({ kind: "CASE", q: word, filters: { themeIds: [broad] }, sort: "newest" })),
        ).toEqual(ids(newest));
        expect(ids(await backend.search({ kind: "CASE", q: word2, filters: { themeIds: [broad] } }))).toEqual(
          ids(oldTitles),
        );
        expect(ids(await backend.search({ kind: "CASE", q: word2, filters: { themeIds: [broad] }, page: 2 }))).toEqual(
          restPage,
        );
      }
    } finally {
      Object.assign(tuning, defaults);
    }
    // A filter that narrows it below the limit is exact again.
    const exact = await backend.search({
      kind: "CASE",
      q: word,
      filters: { themeIds: [broad], prefectureCodes: ["01"] },
    });
    expect([exact.total, exact.totalIsEstimate]).toEqual([
      docs.filter((d) => d.prefectureCodes[0] === "01").length,
      undefined,
    ]);
    await backend.remove(
      "CASE",
      docs.map((d) => d.id),
    );
  });

  it("finds a typo in a title or in the body, one edit from 4 characters (postgres)", async () => {
    if (backend.name !== "postgres") return;
    expect(ids(await backend.search({ kind: "CASE", q: "スマートロッコ", filters: only }))).toEqual(["lock"]);
    // A body-only word: the correction reads the whole text (typo.ts), not only titles.
    expect(ids(await backend.search({ kind: "CASE", q: "コールセンダー", filters: only }))).toEqual(["ai"]);
    // Shorter words are not corrected (「防炎」 is not 「防災」), nor are words nothing is one edit from.
    expect((await backend.search({ kind: "CASE", q: "防炎", filters: only })).total).toBe(0);
    expect((await backend.search({ kind: "CASE", q: "鰐鯱鵺麒麟", filters: only })).total).toBe(0);
  });

  describe("privacy through every search path", () => {
    it("never shows a private consultation or a draft to anonymous or company users, and drops a challenge that closes or becomes private", async () => {
      const staff = await createUser({ role: "MUNICIPAL_STAFF", lgCode: "172065" });
      const company = await createUser({ role: "COMPANY_MEMBER" });
      const word = rare();
      const input = (title: string, kind = "CONSULTATION") =>
        challengePublishSchema.parse({
          kind,
          title: `${word} ${title}`,
          situation: `${word}の状況を説明します`,
          themeSlugs: ["dx"],
        });
      const priv = await publishChallenge(staff, input("非公開の相談", "PRIVATE_CONSULTATION"));
      const draft = await saveChallengeDraft(
        staff,
        challengeDraftSchema.parse({ title: `${word} 書きかけ`, situation: `${word}の下書き` }),
      );
      const open = await publishChallenge(staff, input("公開の課題"));
      const toClose = await publishChallenge(staff, input("締め切る課題"));
      for (const id of [priv.id, draft.id, open.id, toClose.id]) await runIndexJobs("CHALLENGE", id);
      // Even an index that wrongly holds the private consultation (a stale entry, a bug) must not leak it.
      await backend.upsert([
        {
          kind: "CHALLENGE",
          id: priv.id,
          title: `${word} 非公開の相談`,
          body: "",
          keywords: "",
          themeIds: [],
          prefectureCodes: ["17"],
          category: "PRIVATE_CONSULTATION",
          industries: [],
          year: 2026,
          date: new Date().toISOString(),
        },
      ]);

      const hidden = [priv.id, draft.id];
      for (const user of [null, company]) {
        const found = await searchFor(user, { kind: "CHALLENGE", q: word });
        expect(found.hits.map((h) => h.id).sort()).toEqual([open.id, toClose.id].sort());
        expect(found.hits.every((h) => h.href === `/challenges/${h.id}`)).toBe(true);
        expect((await suggest(user, word)).map((s) => s.id)).not.toEqual(expect.arrayContaining([priv.id]));
        expect((await suggest(user, word)).some((s) => hidden.includes(s.id))).toBe(false);
        const similar = await similarForDraft(user ?? company, `${word}の状況`, {});
        expect(similar.challenges.some((c) => hidden.includes(c.id))).toBe(false);
        expect(Object.keys(await countsByKind(user, word))).toEqual(["CASE", "CHALLENGE"]);
      }
      await backend.remove("CHALLENGE", [priv.id]);
      expect((await countsByKind(null, word)).CHALLENGE).toEqual({ count: 2, estimate: false });

      await closeChallenge(staff, toClose.id);
      await runIndexJobs("CHALLENGE", toClose.id);
      const privInput = input("公開の課題", "PRIVATE_CONSULTATION");
      await updatePublishedChallenge(staff, { ...privInput, id: open.id });
      await runIndexJobs("CHALLENGE", open.id);
      expect((await searchFor(null, { kind: "CHALLENGE", q: word })).total).toBe(0);
      expect((await countsByKind(company, word)).CHALLENGE?.count).toBe(0);
    });

    it("keeps companies to directory viewers, and unpublished cases out", async () => {
      const anon = await searchFor(null, { kind: "COMPANY", q: "株式会社" });
      expect(anon.total).toBe(0);
      const coordinator = await createUser({ role: "COORDINATOR" });
      expect(Object.keys(await countsByKind(coordinator, "株式会社")).sort()).toEqual(["CASE", "CHALLENGE", "COMPANY"]);

      const word = rare();
      const c = await createCase(coordinator, await caseInput({ title: `${word} 非公開になる事例` }));
      await runIndexJobs("CASE", c.id);
      expect((await searchFor(null, { kind: "CASE", q: word })).hits.map((h) => h.id)).toEqual([c.id]);
      await updateCase(coordinator, {
        ...(await caseInput({ title: `${word} 非公開になる事例`, published: false })),
        id: c.id,
      });
      await runIndexJobs("CASE", c.id);
      expect((await searchFor(null, { kind: "CASE", q: word })).total).toBe(0);
    });
  });
});
