import { afterEach, describe, expect, it, vi } from "vitest";
import { CLIENT_ADDRESS_HEADER, SERVE_TOKEN_ENV } from "./forwarded";

// clientIp() reads its trust settings once, at import: each case imports it afresh under its own env.
async function clientIpWith(env: Record<string, string>) {
  vi.resetModules();
  for (const [k, v] of Object.entries(env)) vi.stubEnv(k, v);
  return (await import("./client-ip")).clientIp;
}

afterEach(() => vi.unstubAllEnvs());

describe("clientIp", () => {
  it("behind scripts/serve.ts takes the address it stamped, and nothing a client sent", async () => {
    const clientIp = await clientIpWith({ [SERVE_TOKEN_ENV]: "tok" });
    expect(clientIp(new Headers({ [CLIENT_ADDRESS_HEADER]: "tok 192.0.2.5", "x-forwarded-for": "203.0.113.7" }))).toBe(
      "192.0.2.5",
    );
    expect(clientIp({ [CLIENT_ADDRESS_HEADER]: "guess 203.0.113.7" })).toBe("unknown");
    expect(clientIp({ "x-forwarded-for": "203.0.113.7", "x-real-ip": "203.0.113.8" })).toBe("unknown");
  });

  it("without serve.ts never takes the first X-Forwarded-For entry", async () => {
    const clientIp = await clientIpWith({ [SERVE_TOKEN_ENV]: "" });
    expect(clientIp({ "x-forwarded-for": "203.0.113.7" })).toBe("unknown");
    expect(clientIp(new Headers({ [CLIENT_ADDRESS_HEADER]: "tok 203.0.113.7" }))).toBe("unknown");
  });

  it("without serve.ts, behind N proxies, takes the entry the outermost one appended", async () => {
    const clientIp = await clientIpWith({ [SERVE_TOKEN_ENV]: "", TRUSTED_PROXY_HOPS: "2" });
    // Next puts the socket address into X-Forwarded-For only when there is none; behind proxies there always is.
    expect(clientIp({ "x-forwarded-for": "203.0.113.7, 198.51.100.4, 10.0.0.9" })).toBe("198.51.100.4");
    expect(clientIp({ "x-forwarded-for": "garbage" })).toBe("unknown");
  });
});
