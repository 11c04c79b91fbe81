// The request mix of `npm run bench:load`: who asks for what, and in which share of the connections.
// Each group is one autocannon instance; a connection walks its group's `requests` in order and
// starts again, so a company opens a challenge, then its interest form, then sends the interest.
import type autocannon from "autocannon";
import type { LoadFixtures } from "./load-fixtures";

export type MixContext = {
  base: string;
  fixtures: LoadFixtures;
  companyCookies: string[];
  staffCookie: string;
  actionId: string;
  outcomes: Map<string, number>;
};
type Req = autocannon.Request;

/** What a browser sends when it opens a page (the page cache answers only document requests). */
export const DOCUMENT_ACCEPT = { accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8" };

const pick = <T>(xs: readonly T[]): T => xs[Math.floor(Math.random() * xs.length)];
const maybe = (p: number) => Math.random() < p;

const QUERIES = [
  "子育て",
  "防災",
  "DX",
  "観光",
  "農業",
  "高齢者 見守り",
  "キャッシュレス",
  "AI",
  "ドローン",
  "脱炭素",
  "移住",
  "窓口",
  "空き家",
  "オンライン申請",
  "地域交通",
  "健康",
  "教育 ICT",
  "公共施設",
  "スマート農業",
  "デマンド交通",
  "ふるさと納税",
  "インバウンド",
  "EBPM",
  "除雪",
  "ごみ",
  "図書館",
  "デジタル地域通貨",
  "オンデマンドバス",
  "働き方改革",
  "実証実験",
];
const SCHEMES = [
  "DEMONSTRATION",
  "COMPREHENSIVE_ALLIANCE",
  "DISCRETIONARY_CONTRACT",
  "PROPOSAL",
  "TENDER",
  "CORPORATE_FURUSATO",
];
const OUTCOMES = ["ONGOING", "ADOPTED", "COMPLETED", "DISCONTINUED"];
const KINDS = ["CONSULTATION", "THEME_PROPOSAL", "FREE_PROPOSAL", "PROGRAM"];
const BUDGETS = ["NONE", "CONSIDERING", "SECURED"];

const qs = (o: Record<string, string | number | undefined>) => {
  const p = new URLSearchParams(Object.entries(o).flatMap(([k, v]) => (v === undefined ? [] : [[k, String(v)]])));
  return p.size ? `?${p}` : "";
};

export function casesListPath(f: LoadFixtures) {
  return `/cases${qs({
    theme: maybe(0.4) ? pick(f.themes) : undefined,
    pref: maybe(0.3) ? pick(f.prefs) : undefined,
    year: maybe(0.2) ? pick(f.years) : undefined,
    scheme: maybe(0.15) ? pick(SCHEMES) : undefined,
    outcome: maybe(0.15) ? pick(OUTCOMES) : undefined,
    sort: maybe(0.1) ? "oldest" : undefined,
    page: maybe(0.3) ? 1 + Math.floor(Math.random() * 20) : undefined,
  })}`;
}

export function challengesListPath(f: LoadFixtures) {
  return `/challenges${qs({
    kind: maybe(0.3) ? pick(KINDS) : undefined,
    theme: maybe(0.3) ? pick(f.themes) : undefined,
    pref: maybe(0.3) ? pick(f.prefs) : undefined,
    status: maybe(0.15) ? "closed" : undefined,
    budget: maybe(0.15) ? pick(BUDGETS) : undefined,
    page: maybe(0.3) ? 1 + Math.floor(Math.random() * 10) : undefined,
  })}`;
}

const get = (path: () => string, cookie?: (c: Record<string, string>) => string): Req => ({
  method: "GET",
  setupRequest: (req, context) => ({
    ...req,
    path: path(),
    headers: {
      ...req.headers,
      ...DOCUMENT_ACCEPT,
      ...(cookie ? { cookie: cookie(context as Record<string, string>) } : {}),
    },
  }),
});

/** The groups, with connections in proportion to their weight (each gets at least one). */
export function mixFor(ctx: MixContext, conns: number): { name: string; conns: number; requests: Req[] }[] {
  const { fixtures: f } = ctx;
  const companyCookie = (c: Record<string, string>) => (c.cookie ??= pick(ctx.companyCookies));
  const groups: { name: string; weight: number; requests: Req[] }[] = [
    {
      name: "anon: home + case list (filters)",
      weight: 15,
      requests: [get(() => "/"), get(() => casesListPath(f)), get(() => casesListPath(f))],
    },
    { name: "anon: case detail", weight: 20, requests: [get(() => `/cases/${pick(f.caseIds)}`)] },
    { name: "anon: challenge list (filters)", weight: 15, requests: [get(() => challengesListPath(f))] },
    { name: "anon: challenge detail", weight: 20, requests: [get(() => `/challenges/${pick(f.challengeIds)}`)] },
    {
      name: "anon: search",
      weight: 10,
      requests: [get(() => `/search${qs({ q: pick(QUERIES), tab: maybe(0.3) ? "CHALLENGE" : undefined })}`)],
    },
    {
      name: "company: challenge → form → interest POST",
      weight: 10,
      requests: [
        {
          method: "GET",
          setupRequest: (req, context) => {
            const c = context as Record<string, string>;
            c.id = pick(f.postableChallengeIds);
            return {
              ...req,
              path: `/challenges/${c.id}`,
              headers: { ...req.headers, ...DOCUMENT_ACCEPT, cookie: companyCookie(c) },
            };
          },
        },
        // The form page of the challenge just opened: the id comes from the connection's context.
        {
          method: "GET",
          setupRequest: (req, context) => {
            const c = context as Record<string, string>;
            return {
              ...req,
              path: `/challenges/${c.id}/interest`,
              headers: { ...req.headers, ...DOCUMENT_ACCEPT, cookie: companyCookie(c) },
            };
          },
        },
        {
          method: "POST",
          setupRequest: (req, context) => {
            const c = context as Record<string, string>;
            return {
              ...req,
              path: `/challenges/${c.id}/interest`,
              headers: {
                ...req.headers,
                cookie: companyCookie(c),
                "next-action": ctx.actionId,
                accept: "text/x-component",
                "content-type": "text/plain;charset=UTF-8",
                origin: ctx.base,
              },
              body: JSON.stringify([
                { challengeId: c.id, answers: [], message: "負荷試験からの送信です。詳しくお話を伺えますか。" },
              ]),
            };
          },
          onResponse: (status, body) => {
            const key =
              status !== 200
                ? `HTTP ${status}`
                : (/"reason":"(\w+)"/.exec(body)?.[1] ??
                  (/"formError"/.test(body) ? "formError" : /"ok":true/.test(body) ? "sent" : "other"));
            ctx.outcomes.set(key, (ctx.outcomes.get(key) ?? 0) + 1);
          },
        },
      ],
    },
    {
      name: "staff: /messages → thread",
      weight: 10,
      requests: [
        get(
          () => "/messages",
          () => ctx.staffCookie,
        ),
        get(
          () => `/messages/${pick(f.threadIds)}`,
          () => ctx.staffCookie,
        ),
      ],
    },
  ];
  const total = groups.reduce((a, g) => a + g.weight, 0);
  return groups.map((g) => ({
    name: g.name,
    conns: Math.max(1, Math.round((conns * g.weight) / total)),
    requests: g.requests,
  }));
}

/** Each alone: the trivial route handler first, then the lists and details (`ratio`: they count for the goal
 *  of ≥ 0.5× its throughput), then what the signed-in groups and search cost, for the mix's CPU budget. */
export function soloRoutes(
  ctx: MixContext,
): { name: string; path: () => string; cookie?: () => string; ratio?: boolean }[] {
  const f = ctx.fixtures;
  return [
    { name: "GET /api/health (trivial route handler)", path: () => "/api/health" },
    { name: "GET /cases (list, filters)", path: () => casesListPath(f), ratio: true },
    { name: "GET /cases/[id]", path: () => `/cases/${pick(f.caseIds)}`, ratio: true },
    { name: "GET /challenges (list, filters)", path: () => challengesListPath(f), ratio: true },
    { name: "GET /challenges/[id]", path: () => `/challenges/${pick(f.challengeIds)}`, ratio: true },
    // The lists as most visitors first open them (a menu link): no filters, page 1.
    { name: "GET /cases (no filters)", path: () => "/cases", ratio: true },
    { name: "GET /challenges (no filters)", path: () => "/challenges", ratio: true },
    { name: "GET /search (anonymous)", path: () => `/search${qs({ q: pick(QUERIES) })}` },
    {
      name: "GET /challenges/[id] (company, signed in)",
      path: () => `/challenges/${pick(f.postableChallengeIds)}`,
      cookie: () => pick(ctx.companyCookies),
    },
    {
      name: "GET /messages/[id] (staff, signed in)",
      path: () => `/messages/${pick(f.threadIds)}`,
      cookie: () => ctx.staffCookie,
    },
  ];
}
