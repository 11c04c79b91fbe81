import { afterEach, describe, expect, it, vi } from "vitest";
import { createLogger } from "@/lib/log";
import { requestIdFrom } from "./request-id";

describe("requestIdFrom", () => {
  it("keeps a sane upstream id and replaces anything else", () => {
    expect(requestIdFrom("lb-1234abcd")).toBe("lb-1234abcd");
    for (const bad of [null, "", "short", "a b c d e f g h", 'x\n{"level":"error"}', "é".repeat(20), "a".repeat(200)]) {
      const id = requestIdFrom(bad);
      expect(id).not.toBe(bad);
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
    }
  });
});

describe("logger", () => {
  afterEach(() => vi.restoreAllMocks());
  it("writes one JSON line with time, level, msg, fields and a readable error", () => {
    const lines: string[] = [];
    vi.spyOn(process.stderr, "write").mockImplementation((s) => (lines.push(String(s)), true));
    createLogger({ requestId: "req-12345678" }).error("boom", {
      err: Object.assign(new Error("db down"), { code: "ECONNREFUSED" }),
    });
    expect(lines).toHaveLength(1);
    const entry = JSON.parse(lines[0]);
    expect(entry).toMatchObject({
      level: "error",
      msg: "boom",
      requestId: "req-12345678",
      err: { message: "db down", code: "ECONNREFUSED" },
    });
    expect(Date.parse(entry.time)).not.toBeNaN();
  });
});
