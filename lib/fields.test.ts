import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getMunicipality, uid } from "@/tests/fixtures/factories";
import { signUpCompany, signUpStaff } from "@/lib/accounts/mutations";
import { companySignupSchema, staffSignupSchema } from "@/lib/accounts/schema";
import {
  cleanText,
  dateSchema,
  optionalDate,
  optionalInt,
  optionalText,
  pageParam,
  queryParam,
  requiredId,
  requiredText,
  searchParam,
  uniqueList,
  yenBounds,
  z,
} from "./fields";

const JAPANESE = /[ぁ-んァ-ン一-龥]/;
const C0_C1 = /[\u0000-\u001F\u007F-\u009F]/;
const C0_C1_EXCEPT_TAB_LF = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
const messages = (r: { success: boolean; error?: z.ZodError }) => r.error?.issues.map((i) => i.message) ?? [];

describe("cleanText", () => {
  it("removes NUL, other C0/C1 controls and DEL, then trims (full-width space too)", () => {
    expect(cleanText("\u3000山田\u0000太郎\u0007\u007f\u0085\u009f ")).toBe("山田太郎");
  });
  it("one-line: line breaks go, as in a browser's <input>; a tab becomes a space", () => {
    expect(cleanText("空き家の\r\n件")).toBe("空き家の件");
    expect(cleanText("株式会社\tテスト")).toBe("株式会社 テスト");
  });
  it("multi-line: keeps tabs and line breaks, every break written as \\n (CRLF, CR, Word's U+000B)", () => {
    expect(cleanText("一行目\r\n二行目\r三行目\u000b四行目\t終わり\u0000", true)).toBe(
      "一行目\n二行目\n三行目\n四行目\t終わり",
    );
  });
});

describe("text fields", () => {
  const name = requiredText(10, "お名前を入力してください");
  it("a required field left blank, or holding only control characters, says what to enter", () => {
    for (const v of ["", "  ", "\u0000", "\u0000\u0001\u3000", null, undefined]) {
      expect(messages(name.safeParse(v))).toEqual(["お名前を入力してください"]);
    }
  });
  it("counts the length after cleaning, and says the limit in Japanese", () => {
    expect(name.parse(" 山田\u0000太郎 ")).toBe("山田太郎");
    expect(messages(name.safeParse("あ".repeat(11)))).toEqual(["10文字以内で入力してください"]);
  });
  it("optional text: blank is undefined, anything but text gets a Japanese message", () => {
    const note = optionalText(100, { multiline: true });
    expect(note.parse(" \r\n ")).toBeUndefined();
    expect(note.parse(null)).toBeUndefined();
    expect(note.parse("よろしく\r\nお願いします")).toBe("よろしく\nお願いします");
    expect(messages(note.safeParse(42))).toEqual(["文字で入力してください"]);
  });
});

describe("dates", () => {
  it.each([
    ["0000-01-01", "日付は2000年から2100年までの間で入力してください"],
    ["9999-12-31", "日付は2000年から2100年までの間で入力してください"],
    ["1999-12-31", "日付は2000年から2100年までの間で入力してください"],
    ["2026-02-30", "存在しない日付です"],
    ["2026/04/01", "日付は 2026-04-01 の形で入力してください"],
  ])("%s is refused with one Japanese message, never thrown", (v, message) => {
    expect(messages(dateSchema.safeParse(v))).toEqual([message]);
  });
  it("accepts real dates within the years the app knows, cleaned", () => {
    expect(optionalDate.parse(" 2026-04-01\u0000")).toBe("2026-04-01");
    expect(optionalDate.parse("")).toBeUndefined();
  });
});

describe("numbers", () => {
  const amount = optionalInt(yenBounds(1));
  it("reads what clerks type: commas, 円, full-width digits", () => {
    expect(amount.parse("3,000,000円")).toBe(3_000_000);
    expect(amount.parse("１２,０００円")).toBe(12_000);
    expect(amount.parse(" ")).toBeUndefined();
  });
  it("refuses absurd numbers with a Japanese message", () => {
    for (const v of ["1e400", "99999999999999999999", 1e15, Number.POSITIVE_INFINITY, 1.5, "0"]) {
      const r = amount.safeParse(v);
      expect(r.success).toBe(false);
      expect(messages(r).join("")).toMatch(JAPANESE);
    }
  });
});

describe("ids, lists and URL parameters", () => {
  it("an id picked in a form: blank and junk get the form's message", () => {
    const municipality = requiredId("自治体を選んでください", "自治体を選び直してください");
    expect(municipality.parse(" muni_1 ")).toBe("muni_1");
    expect(messages(municipality.safeParse(""))).toEqual(["自治体を選んでください"]);
    expect(messages(municipality.safeParse("x'; DROP TABLE"))).toEqual(["自治体を選び直してください"]);
  });
  it("lists: missing is none, repeats count once", () => {
    const list = uniqueList(z.enum(["A", "B"]), 3);
    expect(list.parse(undefined)).toEqual([]);
    expect(list.parse(["A", "A", "B"])).toEqual(["A", "B"]);
  });
  it("URL parameters fall back instead of failing", () => {
    expect(searchParam(z.enum(["open"])).parse(["open", "x"])).toBe("open");
    expect(searchParam(z.enum(["open"])).parse("\u0000nope")).toBeUndefined();
    expect(pageParam().parse("-3")).toBe(1);
    expect(pageParam().parse("1e9")).toBe(1);
  });
});

// Strings that favour what breaks things: controls of every kind, line breaks, full-width space, lone surrogates.
const hostile = fc
  .array(
    fc.oneof(
      fc.string({ unit: "binary", maxLength: 4 }),
      fc.integer({ min: 0, max: 0x9f }).map((c) => String.fromCharCode(c)),
      fc.constantFrom("\r\n", "\u3000", "\u2028", "\ud800", "山田", "a"),
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(""));

describe("property: nothing a field lets through holds a control character", () => {
  it("cleanText, one-line and multi-line", () => {
    fc.assert(
      fc.property(hostile, (s) => {
        expect(cleanText(s)).not.toMatch(C0_C1);
        expect(cleanText(s, true)).not.toMatch(C0_C1_EXCEPT_TAB_LF);
      }),
      { numRuns: 2000 },
    );
  });

  it("every input parses clean or gets a Japanese field error, and both happen", () => {
    const one = requiredText(20, "入力してください");
    const many = optionalText(20, { multiline: true });
    let parsed = 0;
    let refused = 0;
    fc.assert(
      fc.property(hostile, (s) => {
        for (const [schema, bad] of [
          [one, C0_C1],
          [many, C0_C1_EXCEPT_TAB_LF],
        ] as const) {
          const r = schema.safeParse(s);
          if (r.success) {
            parsed++;
            if (r.data !== undefined) expect(r.data).not.toMatch(bad);
          } else {
            refused++;
            for (const m of messages(r)) expect(m).toMatch(JAPANESE);
          }
        }
      }),
      { numRuns: 2000 },
    );
    // Without these the property could pass while checking nothing.
    expect(parsed).toBeGreaterThan(1000);
    expect(refused).toBeGreaterThan(100);
  });

  it("the sign-up schemas: any name gives clean data or a field error on that field", () => {
    let ok = 0;
    fc.assert(
      fc.property(hostile, hostile, (name, companyName) => {
        const input = { name, companyName, email: "a@example.jp", password: "long-enough-password" };
        for (const schema of [companySignupSchema, staffSignupSchema]) {
          const r = schema.safeParse({ ...input, municipalityId: "m1" });
          if (r.success) {
            ok++;
            expect(r.data.name).not.toMatch(C0_C1);
          } else {
            for (const issue of r.error.issues) {
              expect(["name", "companyName"]).toContain(issue.path[0]);
              expect(issue.message).toMatch(JAPANESE);
            }
          }
        }
      }),
      { numRuns: 1000 },
    );
    expect(ok).toBeGreaterThan(200);
  });
});

describe("sign-up against the real database", () => {
  // Before lib/fields, a NUL reached PostgreSQL ("invalid byte sequence for encoding UTF8: 0x00") and
  // the person saw 「システムエラー」.
  it("a NUL inside a name is removed and the account is stored", async () => {
    const email = `nul-${uid()}@example.co.jp`;
    const r = await signUpCompany({
      companyName: "株式会社\u0000テスト",
      name: "山田\u0000太郎",
      email,
      password: "long-enough-password",
    });
    expect(r).toMatchObject({ ok: true });
    const user = await db.user.findUniqueOrThrow({ where: { email }, include: { memberships: true } });
    expect(user.name).toBe("山田太郎");
    const org = await db.organization.findUniqueOrThrow({ where: { id: user.memberships[0].organizationId } });
    expect(org.name).toBe("株式会社テスト");
  });

  it("a name of nothing but control characters is a Japanese field error, and nothing is stored", async () => {
    const kaga = await getMunicipality("172065");
    const email = `nul-${uid()}@city.kaga.lg.jp`;
    const r = await signUpStaff({
      name: "\u0000\u0001",
      email,
      password: "long-enough-password",
      municipalityId: kaga.id,
      departmentName: "\u0000",
      note: "よろしく\u0000お願いします",
    });
    expect(r).toEqual({ ok: false, fieldErrors: { name: ["お名前を入力してください"] } });
    expect(await db.user.count({ where: { email } })).toBe(0);
  });
});

describe("queryParam", () => {
  it("cleans a filter box's text and never throws on junk", () => {
    const q = queryParam(10);
    expect(q.parse("\u0000株式会社\t")).toBe("株式会社");
    expect(q.parse(["ドローン", "x"])).toBe("ドローン");
    expect(q.parse("あ".repeat(11))).toBe("");
    expect(q.parse(undefined)).toBe("");
    expect(q.parse(42)).toBe("");
  });
});
