import { describe, expect, it } from "vitest";
import { weakPasswordReason } from "./password-policy";

describe("weakPasswordReason (NIST 800-63B-4 blocklist)", () => {
  it.each([
    ["1qaz2wsx3edc4rfv", "breached"],
    ["passwordpassword", "breached"],
    ["QWERTYUIOP12345", "breached"],
    ["aaaaaaaaaaaaaaa", "predictable"],
    ["abcabcabcabcabc", "predictable"],
    ["123456789012345", "predictable"],
    ["ZYXWVUTSRQPONML", "predictable"],
    ["kyosohub-kyosohub", "predictable"],
    ["kyosohub-2026", "predictable"],
    ["password-123456789", "predictable"],
  ] as const)("%s → %s", async (pw, reason) => {
    expect(await weakPasswordReason(pw)).toBe(reason);
  });

  it("refuses the e-mail address or its local part", async () => {
    expect(await weakPasswordReason("tanaka.ichiro@city.kaga.lg.jp", { email: "tanaka.ichiro@city.kaga.lg.jp" })).toBe(
      "predictable",
    );
    expect(await weakPasswordReason("tanakaichiro-2026-04", { email: "tanakaichiro@city.kaga.lg.jp" })).toBe(
      "predictable",
    );
  });

  it.each([
    "kaga-onsen-no-asagohan",
    "correct horse battery staple",
    "加賀市の朝ごはんはおいしい",
    "kyoso-demo-2026",
    "Tr0ub4dour&3-horse",
  ])("accepts %s", async (pw) => {
    expect(await weakPasswordReason(pw, { email: "someone@example.jp" })).toBeNull();
  });
});
