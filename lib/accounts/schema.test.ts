import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { companySignupSchema, isLgJpEmail, reviewSchema, safeCallbackUrl, staffSignupSchema } from "./schema";

describe("isLgJpEmail", () => {
  it.each([
    ["x@city.kaga.lg.jp", true],
    ["X@CITY.KAGA.LG.JP", true],
    ["x@pref.ishikawa.lg.jp", true],
    ["x@lg.jp", true],
    ["x@lg.jp.evil.com", false],
    ["x@evil-lg.jp", false],
    ["x@example.co.jp", false],
    ["lg.jp@example.com", false],
    ["no-at-sign.lg.jp", false],
  ])("%s → %s", (email, expected) => {
    expect(isLgJpEmail(email)).toBe(expected);
  });
});

describe("sign-up schemas", () => {
  it("lower-cases and trims the e-mail and requires a 15-character password (NIST 800-63B-4, single factor)", () => {
    const ok = companySignupSchema.safeParse({
      companyName: " 株式会社テスト ",
      name: "山田",
      email: "  Taro@Example.CO.JP ",
      password: "012345678901234",
    });
    expect(ok.success && ok.data).toMatchObject({ companyName: "株式会社テスト", email: "taro@example.co.jp" });
    const short = companySignupSchema.safeParse({
      companyName: "a",
      name: "b",
      email: "a@b.jp",
      password: "01234567890123",
    });
    expect(short.success).toBe(false);
    expect(short.error?.issues[0].message).toContain("15文字以上");
    // At least 64 allowed (NIST); no composition rules: plain lower-case words pass.
    expect(
      companySignupSchema.safeParse({ companyName: "a", name: "b", email: "a@b.jp", password: "a".repeat(128) })
        .success,
    ).toBe(true);
    expect(
      companySignupSchema.safeParse({ companyName: "a", name: "b", email: "a@b.jp", password: "a".repeat(129) })
        .success,
    ).toBe(false);
  });

  it("gives Japanese messages for an empty staff form", () => {
    const r = staffSignupSchema.safeParse({ name: "", email: "", password: "", municipalityId: "" });
    expect(r.success).toBe(false);
    const paths = r.error!.issues.map((i) => i.path[0]);
    expect(paths).toEqual(expect.arrayContaining(["name", "email", "password", "municipalityId"]));
    expect(r.error!.issues.find((i) => i.path[0] === "municipalityId")?.message).toBe("所属する自治体を選んでください");
  });

  const loose = fc.oneof(fc.anything(), fc.string(), fc.constant(undefined), fc.constant(null));
  const objects = fc.oneof(
    fc.anything(),
    fc.record(
      {
        companyName: loose,
        name: loose,
        email: fc.oneof(loose, fc.emailAddress()),
        password: loose,
        prefectureCode: loose,
        municipalityId: loose,
        departmentName: loose,
        note: loose,
      },
      { requiredKeys: [] },
    ),
  );

  it("never throw on arbitrary input (fuzz, 1,000 runs each)", () => {
    for (const schema of [companySignupSchema, staffSignupSchema, reviewSchema]) {
      fc.assert(
        fc.property(objects, (v) => {
          const r = schema.safeParse(v);
          expect(typeof r.success).toBe("boolean");
        }),
        { numRuns: 1000 },
      );
    }
  });

  it("accepts only same-site callback paths", () => {
    expect(safeCallbackUrl("/my/challenges")).toBe("/my/challenges");
    expect(safeCallbackUrl("http://localhost:3000/dashboard?x=1")).toBe("/dashboard?x=1");
    expect(safeCallbackUrl("//evil.com")).toBeNull();
    expect(safeCallbackUrl("/\\evil.com")).toBeNull();
    expect(safeCallbackUrl("https://evil.com//evil.com")).toBeNull();
    expect(safeCallbackUrl(["/a", "/b"])).toBe("/a");
    fc.assert(
      fc.property(fc.anything(), (v) => {
        const r = safeCallbackUrl(v);
        expect(r === null || (r.startsWith("/") && !r.startsWith("//"))).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it("refuses callback paths the browser would read as another site (tab, CR, LF, backslash, dot segments)", () => {
    for (const hostile of [
      "/\t/evil.example/",
      "/\r/evil.example/",
      "/\n/evil.example/",
      "/\t\\evil.example",
      "\\\\evil.example",
      "/.//evil.example/",
      "/./\\evil.example",
      " //evil.example",
      "javascript:alert(1)",
      "https://kyoso.example/\t/evil.example",
      "/signin?callbackUrl=/x",
      "/signup/done",
    ])
      expect(safeCallbackUrl(hostile), JSON.stringify(hostile)).toBeNull();
    expect(safeCallbackUrl("/challenges/abc?tab=1#top")).toBe("/challenges/abc?tab=1#top");
    expect(safeCallbackUrl("/search?q=%E9%98%B2%E7%81%BD")).toBe("/search?q=%E9%98%B2%E7%81%BD");
    // Only the path of an absolute URL is kept, whatever its host.
    expect(safeCallbackUrl("http:evil.example")).toBe("/");
  });

  it("every accepted callback resolves, as a browser resolves it, to this site (property over hostile strings)", () => {
    const site = "https://kyoso.example";
    const piece = fc.constantFrom(
      "/",
      "\\",
      "\t",
      "\r",
      "\n",
      "\u0000",
      ".",
      "..",
      ":",
      "@",
      "?",
      "#",
      " ",
      "%2F",
      "%09",
      "%5C",
      "evil.example",
      "http:",
      "https:",
      "javascript:",
      "dashboard",
      "signin",
      "課題",
    );
    let accepted = 0;
    let refused = 0;
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (parts) => {
        const r = safeCallbackUrl(parts.join(""));
        if (r === null) return void refused++;
        accepted++;
        expect(new URL(r, site).origin).toBe(site);
        expect(r).not.toMatch(/[\u0000-\u001F]/);
      }),
      { numRuns: 3000 },
    );
    expect(accepted).toBeGreaterThan(100);
    expect(refused).toBeGreaterThan(100);
  });
});
