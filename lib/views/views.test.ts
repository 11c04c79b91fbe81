import fc from "fast-check";
import { NextRequest } from "next/server";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { POST } from "@/app/api/views/route";
import type { SessionUser } from "@/lib/auth/session";
import { clientIp } from "@/lib/auth/client-ip";
import { CLIENT_ADDRESS_HEADER, SERVE_TOKEN_ENV } from "@/lib/auth/forwarded";
import { reset } from "@/lib/auth/rate-limit";
import { db } from "@/lib/db";
import { createChallenge } from "@/lib/interests/test-helpers";
import { createUser } from "@/tests/fixtures/factories";
import { jstDay, recordView, VIEW_LIMIT, viewAddressKey, VISITOR_COOKIE } from "./record";
import { digestMail, immediateMail } from "@/lib/mail/templates";
import { challengeHref, parseSource, TRAFFIC_SOURCES, withSource } from "./source";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", async (orig) => ({
  ...(await orig<typeof import("@/lib/auth/session")>()),
  getCurrentUser: async () => session.user,
}));

// Outside scripts/serve.ts every test request comes from the address "unknown": one rate-limit bucket.
const KEY = viewAddressKey(clientIp(new Headers()));
beforeEach(async () => {
  session.user = null;
  await reset(KEY);
});

const beacon = (body: unknown, headers: Record<string, string> = {}) =>
  POST(
    new NextRequest("http://localhost:3000/api/views", {
      method: "POST",
      headers: { "content-type": "application/json", "user-agent": "Mozilla/5.0 Firefox/140.0", ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
  );
const viewsOf = (challengeId: string) => db.challengeView.findMany({ where: { challengeId } });
const cookieOf = (res: Response) => /kh_vid=([^;]+)/.exec(res.headers.get("set-cookie") ?? "")?.[1];

async function published() {
  const staff = await createUser({ role: "MUNICIPAL_STAFF", lgCode: "172065" });
  return createChallenge(staff);
}

describe("?src=", () => {
  it("keeps the known sources and makes everything else direct, without throwing", () => {
    for (const s of TRAFFIC_SOURCES) expect(parseSource(s)).toBe(s);
    expect(parseSource(["digest", "alert"])).toBe("digest");
    for (const junk of [undefined, null, "", "ALERT", "alert ", "alert\0", "<script>", "x".repeat(10_000), 1, {}, []])
      expect(parseSource(junk)).toBe("direct");
    fc.assert(fc.property(fc.anything(), (v) => (TRAFFIC_SOURCES as readonly string[]).includes(parseSource(v))));
  });

  it("is set on challenge links only, replacing one already there", () => {
    expect(withSource("/challenges/abc", "search")).toBe("/challenges/abc?src=search");
    expect(withSource("/challenges/abc?src=alert#x", "digest")).toBe("/challenges/abc?src=digest#x");
    expect(withSource("/challenges/abc/interests", "digest")).toBe("/challenges/abc/interests");
    expect(withSource("/cases/abc", "search")).toBe("/cases/abc");
    expect(withSource("/challenges/new", "search")).toBe("/challenges/new");
  });
});

describe("the sources of the platform's own mails", () => {
  it("an alert mail links with src=alert; the same notice in the digest with src=digest", () => {
    const item = {
      title: "課題",
      body: null,
      url: challengeHref("abc", "alert"),
      challengeId: "abc",
      createdAt: new Date(),
    };
    const mail = { locale: "ja" as const, name: "山田", unsubscribeToken: "t" };
    expect(immediateMail({ ...mail, item, isChallengeMatch: true }).text).toContain("/challenges/abc?src=alert");
    const digest = digestMail({ ...mail, items: [item] });
    expect(digest.text).toContain("/challenges/abc?src=digest");
    expect(digest.html).toContain("/challenges/abc?src=digest");
    expect(digest.text).not.toContain("src=alert");
  });
});

describe("recordView", () => {
  it("one row per visitor, challenge and JST day, whatever the order or the number of parallel beacons", async () => {
    const c = await published();
    const now = new Date("2026-06-10T14:59:00Z"); // 23:59 JST
    const results = await Promise.all(
      Array.from({ length: 25 }, (_, i) =>
        recordView({ challengeId: c.id, source: i === 0 ? "alert" : "search", visitorId: "a".repeat(22), now }),
      ),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
    await recordView({
      challengeId: c.id,
      source: "home",
      visitorId: "a".repeat(22),
      now: new Date(now.getTime() + 60_000),
    });
    await recordView({ challengeId: c.id, source: "home", visitorId: "b".repeat(22), now });
    const rows = await viewsOf(c.id);
    expect(rows.map((r) => r.day.toISOString().slice(0, 10)).sort()).toEqual([
      "2026-06-10",
      "2026-06-10",
      "2026-06-11",
    ]);
    expect(jstDay(now)).toBe("2026-06-10");
    // Nothing that names the visitor: the row holds a hash, not the cookie's value.
    expect(rows.every((r) => !r.visitor.includes("a".repeat(22)) && r.visitor.length === 32)).toBe(true);
  });

  it("counts published public challenges only", async () => {
    const staff = await createUser({ role: "MUNICIPAL_STAFF", lgCode: "172065" });
    const draft = await createChallenge(staff, { status: "DRAFT" });
    const closed = await createChallenge(staff, { status: "CLOSED" });
    const priv = await createChallenge(staff, { kind: "PRIVATE_CONSULTATION" });
    for (const c of [draft, closed, priv]) {
      expect(await recordView({ challengeId: c.id, source: "direct", visitorId: "c".repeat(22) })).toBe(false);
    }
    expect(await recordView({ challengeId: "nope", source: "direct", visitorId: "c".repeat(22) })).toBe(false);
  });
});

describe("POST /api/views", () => {
  it("counts a view and gives a first-party visitor cookie scoped to the beacon; the cookie makes it one visitor", async () => {
    const c = await published();
    const first = await beacon({ challengeId: c.id, src: "alert" });
    expect(first.status).toBe(204);
    const cookie = first.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/Path=\/api\/views/i);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=strict/i);
    const again = await beacon(
      { challengeId: c.id, src: "search" },
      { cookie: `${VISITOR_COOKIE}=${cookieOf(first)}` },
    );
    expect(again.status).toBe(204);
    expect(again.headers.get("set-cookie")).toBeNull();
    expect((await viewsOf(c.id)).map((r) => r.source)).toEqual(["ALERT"]);
    // No cookie (or a forged one): another visitor.
    await beacon({ challengeId: c.id, src: "search" }, { cookie: `${VISITOR_COOKIE}=../../etc` });
    expect((await viewsOf(c.id)).map((r) => r.source).sort()).toEqual(["ALERT", "SEARCH"]);
  });

  it("a hostile source counts as direct", async () => {
    const c = await published();
    expect((await beacon({ challengeId: c.id, src: { $ne: 1 } })).status).toBe(204);
    expect((await viewsOf(c.id)).map((r) => r.source)).toEqual(["DIRECT"]);
  });

  it("refuses malformed, oversized and cross-site beacons with a 4xx, never a 500", async () => {
    const c = await published();
    const cases: [unknown, Record<string, string>, number][] = [
      ["{not json", {}, 400],
      [{ challengeId: "" }, {}, 400],
      [{ challengeId: "x".repeat(600) }, {}, 413],
      [[c.id], {}, 400],
      ["null", {}, 400],
      [{ challengeId: c.id }, { "content-type": "text/plain" }, 415],
      [{ challengeId: c.id }, { "sec-fetch-site": "cross-site" }, 403],
      [{ challengeId: c.id }, { origin: "https://evil.example", host: "localhost:3000" }, 403],
    ];
    for (const [body, headers, status] of cases) expect((await beacon(body, headers)).status).toBe(status);
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (body) => {
        const res = await beacon(body);
        return res.status < 500;
      }),
      { numRuns: 40 },
    );
    expect(await viewsOf(c.id)).toHaveLength(0);
  });

  it("does not count bots, staff or coordinators; companies count", async () => {
    const c = await published();
    expect((await beacon({ challengeId: c.id }, { "user-agent": "Googlebot/2.1" })).status).toBe(204);
    expect((await beacon({ challengeId: c.id }, { "user-agent": "" })).status).toBe(204);
    session.user = await createUser({ role: "MUNICIPAL_STAFF", lgCode: "172065" });
    await beacon({ challengeId: c.id });
    session.user = await createUser({ role: "COORDINATOR" });
    await beacon({ challengeId: c.id });
    expect(await viewsOf(c.id)).toHaveLength(0);
    session.user = await createUser({ role: "COMPANY_MEMBER" });
    await beacon({ challengeId: c.id, src: "digest" });
    expect((await viewsOf(c.id)).map((r) => r.source)).toEqual(["DIGEST"]);
  });

  it(`is rate-limited per client address (${VIEW_LIMIT.max} in 10 minutes): past it nothing is counted`, async () => {
    // A stamped address of its own (as scripts/serve.ts hands it over), so no other test shares this bucket.
    process.env[SERVE_TOKEN_ENV] = "test-serve-token";
    const address = { [CLIENT_ADDRESS_HEADER]: "test-serve-token 203.0.113.77" };
    try {
      const c = await published();
      const key = viewAddressKey("203.0.113.77");
      await db.rateLimitBucket.create({ data: { key, windowStart: new Date(), count: VIEW_LIMIT.max - 1 } });
      expect((await beacon({ challengeId: c.id }, address)).status).toBe(204);
      expect((await beacon({ challengeId: c.id, src: "home" }, address)).status).toBe(429);
      expect((await viewsOf(c.id)).map((r) => r.source)).toEqual(["DIRECT"]);
    } finally {
      delete process.env[SERVE_TOKEN_ENV];
    }
  });
});
