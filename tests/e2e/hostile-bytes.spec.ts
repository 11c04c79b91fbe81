import type { APIRequestContext, APIResponse } from "@playwright/test";
import fc from "fast-check";
import { authFile, DEMO_PASSWORD, expect, signIn, test, type Role } from "./fixtures";
import { ACTION_BODIES, PATH_VALUES, QUERY_VALUES, type Probe, type RawBody } from "./hostile/values";
import { actionIds, discoverPages, discoverRoutes, queryNames, withIds } from "./hostile/discover";
import { createUser, realIds } from "./hostile/ids";

// Hostile bytes never reach a 500 (issue 15, class 5). Like the authorization matrix, the targets
// are found in the source, not listed by hand: every page (app/**/page.tsx), every route handler
// (tests/unit/authz/discover.ts) and every server action (the build's server-reference manifest).
// Each gets NUL, malformed percent-encoding, absurd numbers and out-of-range dates in every path
// segment and in every query parameter the app reads, and each action gets malformed bodies.
// A 4xx, a redirect or a page is fine; a 5xx is a failure, named with the request that caused it.

const BATCH = 8;

async function run(
  request: APIRequestContext,
  probes: Probe[],
  onAnswer?: (p: Probe, res: APIResponse) => void,
): Promise<string[]> {
  const failures: string[] = [];
  for (let i = 0; i < probes.length; i += BATCH) {
    await Promise.all(
      probes.slice(i, i + BATCH).map(async (p) => {
        let res: APIResponse;
        try {
          res = await request.fetch(p.url, {
            method: p.method,
            headers: p.headers,
            data: p.body,
            maxRedirects: 0,
            timeout: 60_000,
          });
        } catch (e) {
          failures.push(`${p.label}: no answer (${(e as Error).message.split("\n")[0]})`);
          return;
        }
        if (res.status() >= 500) failures.push(`${p.label}: ${res.status()}`);
        onAnswer?.(p, res);
      }),
    );
  }
  return failures;
}

/** Every page and route handler, with each hostile value in each path segment and in every parameter. */
function urlProbes(ids: Record<string, string>, scope: "all" | "signed-in"): Probe[] {
  const names = queryNames();
  const targets = [
    ...discoverPages().map((pattern) => ({ pattern, method: "GET" })),
    ...discoverRoutes().filter((r) => r.method === "GET"),
  ].filter((t) => scope === "all" || !t.pattern.startsWith("/api/auth"));
  const probes: Probe[] = [];
  for (const { pattern, method } of targets) {
    const base = withIds(pattern, ids);
    for (const [label, v] of Object.entries(QUERY_VALUES)) {
      const query = names.map((n) => `${n}=${v}`).join("&");
      probes.push({ label: `${method} ${base}?*=${label}`, method, url: `${base}?${query}` });
    }
    // Each dynamic segment in turn gets each hostile value; the others keep their real id. Signed in,
    // only values that decode: the others are refused before the session is read (the anonymous run).
    for (const segment of pattern.split("/").filter((s) => s.startsWith("["))) {
      for (const [label, v] of Object.entries(PATH_VALUES)) {
        if (scope === "signed-in" && !decodes(v)) continue;
        const url = withIds(pattern.replace(segment, v), ids);
        probes.push({ label: `${method} ${pattern.replace(segment, `<${label}>`)}`, method, url });
      }
    }
  }
  // Route handlers that take a body (POST /api/unsubscribe: the token from a form) get malformed ones.
  const posts = discoverRoutes().filter((r) => r.method === "POST" && !r.pattern.startsWith("/api/auth"));
  for (const { pattern } of scope === "all" ? posts : []) {
    for (const [label, body] of Object.entries(ACTION_BODIES))
      probes.push(bodyProbe(`POST ${pattern}`, pattern, label, body));
  }
  return probes;
}

function bodyProbe(what: string, url: string, label: string, body: RawBody, extra: Record<string, string> = {}): Probe {
  return {
    label: `${what} body ${label}`,
    method: "POST",
    url,
    headers: { ...extra, ...(body.type ? { "content-type": body.type } : {}) },
    body: Buffer.from(body.data, body.latin1 ? "latin1" : "utf8"),
  };
}

/** Every server action, each malformed body, posted the way the client posts it (same origin). */
function actionProbes(baseURL: string, ids: Record<string, string>): Probe[] {
  const probes: Probe[] = [];
  for (const { id, name, page } of actionIds()) {
    const url = withIds(page, ids);
    for (const [label, body] of Object.entries(ACTION_BODIES))
      probes.push(bodyProbe(`action ${name}`, url, label, body, { "next-action": id, origin: baseURL }));
  }
  // The action id and the origin are bytes a client chooses too.
  const { id, page } = actionIds()[0];
  const odd: Record<string, Record<string, string>> = {
    "malformed id": { "next-action": "%E0%A4%A" },
    "unknown id": { "next-action": "00".repeat(21) },
    "malformed origin": { "next-action": id, origin: "http://%E0%A4%A" },
    "foreign origin": { "next-action": id, origin: "https://evil.example" },
  };
  for (const [label, headers] of Object.entries(odd))
    probes.push({
      label: `action ${label}`,
      method: "POST",
      url: withIds(page, ids),
      headers,
      body: Buffer.from("[null]"),
    });
  return probes;
}

test.describe.configure({ mode: "parallel" });

const decodes = (v: string) => {
  try {
    decodeURIComponent(v);
    return true;
  } catch {
    return false;
  }
};

test("anonymous: no page or route handler answers 5xx to hostile bytes", async ({ request }) => {
  expect(await run(request, urlProbes(await realIds(), "all"))).toEqual([]);
});

/** proxy.ts answered the request itself (lib/ops/request-guard.ts `refuse`: a 4xx in plain text), not an action. */
const refusedByProxy = (res: APIResponse) =>
  res.status() >= 400 && res.status() < 500 && (res.headers()["content-type"] ?? "").startsWith("text/plain");
/** "action <name> body <label>" → " body <label>": the same bytes, whichever action they name. */
const bodyOf = (p: Probe) => (p.label.includes(" body ") ? p.label.slice(p.label.indexOf(" body ")) : p.label);

// proxy.ts refuses a malformed body from the headers and the bytes alone, before the action id or the session is
// read. So anonymously each body goes to one action first, and only the bodies proxy.ts let through go on to every
// other action; the signed-in run below sends every body to every action.
test("anonymous: no server action answers 5xx to malformed bodies", async ({ request, baseURL }) => {
  const probes = actionProbes(baseURL!, await realIds());
  const first = new Map<string, Probe>();
  for (const p of probes) if (!first.has(bodyOf(p))) first.set(bodyOf(p), p);
  const refused = new Set<string>();
  const failures = await run(request, [...first.values()], (p, res) => {
    if (refusedByProxy(res)) refused.add(bodyOf(p));
  });
  const rest = probes.filter((p) => first.get(bodyOf(p)) !== p && !refused.has(bodyOf(p)));
  failures.push(...(await run(request, rest)));
  expect(failures).toEqual([]);
});

for (const role of ["admin", "staff", "company"] as Role[]) {
  test(`signed in as ${role}: no page or route handler answers 5xx to hostile bytes`, async ({
    playwright,
    baseURL,
  }) => {
    const request = await playwright.request.newContext({ baseURL, storageState: authFile(role) });
    const failures = await run(request, urlProbes(await realIds(), "signed-in"));
    expect(failures).toEqual([]);
    await request.dispose();
  });
}

// Actions run as a fresh administrator: past every role check, so each malformed body reaches the
// action's parsing, and nothing another test relies on (the demo users' notifications) can change.
test("signed in: no server action answers 5xx to malformed bodies", async ({ page, baseURL }) => {
  const user = await createUser("ADMIN", DEMO_PASSWORD);
  await signIn(page, user.email);
  const failures = await run(page.request, actionProbes(baseURL!, await realIds()));
  expect(failures).toEqual([]);
});

// Junk a person or a crawler puts in a URL: a page or a 404, never a 500 (merged from hostile-input.spec.ts).
const junk = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    "-1",
    "99999999999999999999",
    "NaN",
    "%",
    "../../etc/passwd",
    "東京都",
  ),
  fc.integer().map(String),
);
const params = fc.dictionary(fc.constantFrom(...queryNames()), junk, { maxKeys: 5 });

test("list pages never answer 5xx to junk query strings", async ({ request }) => {
  for (const path of ["/cases", "/challenges", "/", "/search"]) {
    await fc.assert(
      fc.asyncProperty(params, async (p) => {
        const res = await request.get(`${path}?${new URLSearchParams(p)}`, { maxRedirects: 0 });
        expect(res.status(), JSON.stringify(p)).toBeLessThan(500);
      }),
      { numRuns: 25 },
    );
  }
});

test("odd ids give 404, not 500", async ({ request }) => {
  for (const id of ["x", "0", "%00", "' OR 1=1 --", "a".repeat(300), "<script>", "..%2F..%2Fetc"]) {
    for (const base of ["/cases/", "/challenges/"]) {
      const res = await request.get(base + encodeURIComponent(id));
      expect(res.status(), base + id).toBe(404);
    }
  }
});
