import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEMO_USERS, demoAccountLabel } from "./users";

const byEmail = (email: string) => DEMO_USERS.find((u) => u.email === email)!;

describe("demo accounts", () => {
  it("`npm run demo` names the department and the partnership desk of each account", () => {
    expect(demoAccountLabel(byEmail("desk@kaga.example.lg.jp"))).toBe(
      "加賀 窓口（自治体職員・政策推進課・官民連携窓口）",
    );
    expect(demoAccountLabel(byEmail("kosodate@kaga.example.lg.jp"))).toBe("加賀 育美（自治体職員・子育て支援課）");
    expect(demoAccountLabel(byEmail("staff@omitama.example.lg.jp"))).toBe(
      "小美玉 二郎（自治体職員・企画調整課・承認待ち）",
    );
    expect(demoAccountLabel(byEmail("company@example.co.jp"))).toBe("営業 三郎（企業）");
  });

  it("the README lists every demo account", () => {
    const readme = readFileSync(path.resolve(import.meta.dirname, "../../README.md"), "utf8");
    for (const u of DEMO_USERS) expect(readme, u.email).toContain(`| ${u.email} |`);
  });
});
