// What proxy.ts refuses before Next parses it (each of these was an HTTP 500), and what it lets
// through untouched. The enumerated check against the real server is tests/e2e/hostile-bytes.spec.ts.
import { describe, expect, it } from "vitest";
import { refusalOf } from "./request-guard";
import { MAX_POST_BYTES } from "@/lib/threads/limits";

const BASE = "http://localhost:3000";
const action = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request(`${BASE}/settings/alerts`, {
    method: "POST",
    body,
    headers: { "next-action": "7f00", origin: BASE, host: "localhost:3000", ...headers },
  });
const status = async (r: Request) => (await refusalOf(r))?.status ?? "through";

describe("request guard", () => {
  it("refuses paths and queries that do not percent-decode, anonymously and on any route", async () => {
    for (const url of ["/cases/%E0%A4%A", "/challenges/%", "/api/documents/%E0", "/x/%C0%AE"])
      expect(await status(new Request(BASE + url)), url).toBe(400);
    for (const url of ["/cases/%00", "/cases/%E7%94%BA", "/cases?q=%00&page=-1", "/search?q=a+b", "/cases/x"])
      expect(await status(new Request(BASE + url)), url).toBe("through");
  });

  it("refuses a callbackUrl NextAuth would answer 500 to, in the query or in its cookie", async () => {
    for (const v of ["-1", "NaN", "%00", "0000-01-01", "javascript:alert(1)", "%25"])
      expect(await status(new Request(`${BASE}/api/auth/session?callbackUrl=${v}`)), v).toBe(400);
    for (const v of ["/dashboard", "http%3A%2F%2Flocalhost%3A3000%2F", ""])
      expect(await status(new Request(`${BASE}/api/auth/session?callbackUrl=${v}`)), v).toBe("through");
    const withCookie = (v: string) =>
      new Request(`${BASE}/api/auth/session`, { headers: { cookie: `a=1; next-auth.callback-url=${v}` } });
    expect(await status(withCookie("-1"))).toBe(400);
    expect(await status(withCookie("http%3A%2F%2Flocalhost%3A3000"))).toBe("through");
    // Pages read their own query leniently: nothing to refuse there.
    expect(await status(new Request(`${BASE}/cases?callbackUrl=-1&q=%E0%A4%A`))).toBe("through");
  });

  it("refuses malformed server-action bodies with 400 and a foreign or malformed Origin with 403", async () => {
    for (const body of ["", "{", "null", '["$Q1"]', "[1e999", "99999999999999999999"])
      expect(await status(action(body, { "content-type": "text/plain;charset=UTF-8" })), body).toBe(400);
    expect(await status(action("[null]", { origin: "https://evil.example" }))).toBe(403);
    expect(await status(action("[null]", { origin: "http://%E0" }))).toBe(403);
    expect(await status(action("[null]", { origin: "null" }))).toBe(403);
    expect(await status(action('[{"a":1,"d":"$D2026-04-01T00:00:00.000Z"}]'))).toBe("through");
    // Behind a proxy that sets X-Forwarded-Host, as Next compares it.
    expect(
      await status(action("[null]", { origin: "https://kyoso.example.jp", "x-forwarded-host": "kyoso.example.jp" })),
    ).toBe("through");
  });

  it("refuses an action body announced over MAX_POST_BYTES with 413, before reading it", async () => {
    const big = (length: number) => action("[null]", { "content-length": String(length) });
    expect(await status(big(MAX_POST_BYTES + 1))).toBe(413);
    expect(await status(big(1e308))).toBe(413);
    expect(await status(big(MAX_POST_BYTES))).toBe("through");
  });

  it("checks multipart action bodies: a FormData argument passes, a missing root or a broken form does not", async () => {
    const good = new FormData();
    good.append("_1_organizationId", "x");
    good.append("_1_file", new Blob(["png"]), "logo.png");
    good.append("0", '["$K1"]');
    expect(await status(action(good))).toBe("through");
    const noRoot = new FormData();
    noRoot.append("_1_text", "x");
    expect(await status(action(noRoot))).toBe(400);
    expect(await status(action("--x\r\n\r\n", { "content-type": "multipart/form-data; boundary=y" }))).toBe(400);
    // A raw NUL in a part header: undici reads it, the parser Next uses does not.
    const nul =
      '--b\r\nContent-Disposition: form-data; name="0"\r\n\r\n["$K1"]\r\n' +
      '--b\r\nContent-Disposition: form-data; name="_1_file"; filename="a\u0000b.pdf"\r\n\r\nx\r\n--b--\r\n';
    expect(await status(action(nul, { "content-type": "multipart/form-data; boundary=b" }))).toBe(400);
  });

  it("lets forms posted without JavaScript name an action, but not bind arguments; leaves /api/ alone", async () => {
    const post = (form: FormData, path = "/settings/alerts") =>
      new Request(BASE + path, { method: "POST", body: form, headers: { origin: BASE, host: "localhost:3000" } });
    const id = new FormData();
    id.append("$ACTION_ID_7f00", "");
    expect(await status(post(id))).toBe("through");
    const ref = new FormData();
    ref.append("$ACTION_REF_1", "");
    ref.append("$ACTION_1:0", '{"id":"7f00","bound":"$@1"}');
    expect(await status(post(ref))).toBe(400);
    expect(await status(post(ref, "/api/unsubscribe"))).toBe("through");
    expect(await status(new Request(`${BASE}/api/unsubscribe`, { method: "POST", body: "{" }))).toBe("through");
  });
});
