import { isIP } from "node:net";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addressBucket, clientAddress, normalizeAddress, proxyTrust } from "./forwarded";

const v4 = fc.ipV4().map((a) => normalizeAddress(a)!);
const v6 = fc.ipV6().map((a) => normalizeAddress(a)!);
const address = fc.oneof(v4, v6);
// What a client may put in X-Forwarded-For: addresses (its own guesses, a victim's), junk, empty entries.
const spoofed = fc.array(
  fc.oneof(address, fc.string(), fc.constantFrom("", " ", "unknown", "203.0.113.7", "::ffff:203.0.113.7", "[::1]:80")),
  { maxLength: 6 },
);
const header = (entries: string[]) => entries.join(", ");

describe("normalizeAddress", () => {
  it("gives one spelling per address", () => {
    expect(normalizeAddress("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(normalizeAddress("::FFFF:7f00:1")).toBe("127.0.0.1");
    expect(normalizeAddress("2001:DB8:0:0::1")).toBe("2001:db8::1");
    expect(normalizeAddress("[2001:db8::1]:443")).toBe("2001:db8::1");
    expect(normalizeAddress(" 192.0.2.1:8080 ")).toBe("192.0.2.1");
    expect(normalizeAddress("fe80::1%eth0")).toBe("fe80::1");
    for (const junk of ["", "unknown", "1.2.3", "01.2.3.4", "1.2.3.4.5", "localhost", "::g", "1.2.3.4/8", undefined])
      expect(normalizeAddress(junk)).toBeUndefined();
  });

  it("is idempotent and only ever answers an address", () => {
    fc.assert(
      fc.property(fc.oneof(address, fc.ipV4Extended(), fc.string()), (raw) => {
        const a = normalizeAddress(raw);
        if (a === undefined) return;
        expect(isIP(a)).not.toBe(0);
        expect(normalizeAddress(a)).toBe(a);
      }),
    );
  });
});

describe("addressBucket", () => {
  it("counts IPv4 addresses singly and IPv6 addresses by their /64", () => {
    expect(addressBucket("203.0.113.7")).toBe("203.0.113.7");
    expect(addressBucket("unknown")).toBe("unknown");
    expect(addressBucket("::1")).toBe("0:0:0:0::/64");
    expect(addressBucket("2001:db8::")).toBe("2001:db8:0:0::/64");
    expect(addressBucket("2001:db8:0:1::")).toBe("2001:db8:0:1::/64");
    expect(addressBucket("2001:db8:0:1:ffff::1")).toBe("2001:db8:0:1::/64");
  });

  it("gives every address of one /64 the same bucket, and other /64s another", () => {
    const group = fc.integer({ min: 0, max: 0xffff }).map((n) => n.toString(16));
    const v6 = (groups: string[]) => normalizeAddress(groups.join(":"))!;
    fc.assert(
      fc.property(
        fc.array(group, { minLength: 8, maxLength: 8 }),
        fc.array(group, { minLength: 4, maxLength: 4 }),
        (a, host) => {
          const sameNet = v6([...a.slice(0, 4), ...host]);
          expect(addressBucket(v6(a))).toBe(addressBucket(sameNet));
          const otherNet = v6([a[0], a[1], a[2], (parseInt(a[3], 16) ^ 1).toString(16), ...host]);
          expect(addressBucket(otherNet)).not.toBe(addressBucket(v6(a)));
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe("proxyTrust", () => {
  it("reads nothing as no proxy, and checks what it reads", () => {
    expect(proxyTrust({}).kind).toBe("none");
    expect(proxyTrust({ TRUSTED_PROXY_HOPS: "0" }).kind).toBe("none");
    expect(proxyTrust({ TRUSTED_PROXY_HOPS: " 2 " })).toEqual({ kind: "hops", hops: 2 });
    expect(proxyTrust({ TRUSTED_PROXIES: "10.0.0.0/8, 192.0.2.10,2001:db8::/32" }).kind).toBe("list");
    expect(() => proxyTrust({ TRUSTED_PROXIES: "10.0.0.0/8", TRUSTED_PROXY_HOPS: "1" })).toThrow(/both set/);
    expect(() => proxyTrust({ TRUSTED_PROXIES: "10.0.0.0/8,10.0.0.0/33,alb" })).toThrow(
      /"10\.0\.0\.0\/33", "alb" is not an IP address or CIDR range/,
    );
    expect(() => proxyTrust({ TRUSTED_PROXIES: " , " })).toThrow(/no entry is an IP address/);
    for (const hops of ["-1", "1.5", "one", "21"])
      expect(() => proxyTrust({ TRUSTED_PROXY_HOPS: hops })).toThrow(/TRUSTED_PROXY_HOPS/);
  });
});

describe("clientAddress", () => {
  it("without proxies is the socket address, whatever X-Forwarded-For says", () => {
    fc.assert(
      fc.property(address, spoofed, (socket, xff) => {
        expect(clientAddress(socket, header(xff), proxyTrust({}))).toBe(socket);
      }),
    );
    expect(clientAddress("::ffff:127.0.0.1", "203.0.113.7", proxyTrust({}))).toBe("127.0.0.1");
  });

  it("behind N proxies is the address the outermost one saw; entries left of it never win", () => {
    fc.assert(
      fc.property(spoofed, address, fc.array(address, { minLength: 1, maxLength: 4 }), (lies, client, proxies) => {
        // The client's own header, then each proxy appends the address it saw; the last proxy is the socket.
        const seen = [client, ...proxies.slice(0, -1)];
        const trust = proxyTrust({ TRUSTED_PROXY_HOPS: String(proxies.length) });
        expect(clientAddress(proxies.at(-1), header([...lies, ...seen]), trust)).toBe(client);
      }),
    );
  });

  it("skips listed proxies from the right; the first address not listed is the client", () => {
    const trust = proxyTrust({ TRUSTED_PROXIES: "10.0.0.0/8,2001:db8::/32,192.0.2.10" });
    const ours = fc.oneof(
      fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255)).map((b) => `10.${b.join(".")}`),
      fc.constantFrom("2001:db8::1", "2001:db8:ffff::2", "::ffff:10.1.2.3", "192.0.2.10"),
    );
    const outside = address.filter((a) => !/^10\.|^2001:db8:|^192\.0\.2\.10$/.test(a));
    fc.assert(
      fc.property(spoofed, outside, fc.array(ours, { minLength: 1, maxLength: 4 }), (lies, client, proxies) => {
        const xff = header([...lies, client, ...proxies.slice(0, -1)]);
        expect(clientAddress(proxies.at(-1), xff, trust)).toBe(client);
      }),
    );
    // A socket that is not one of ours is the client, even if its header names one of ours.
    expect(clientAddress("198.51.100.1", "10.0.0.1", trust)).toBe("198.51.100.1");
    expect(clientAddress("10.0.0.1", "198.51.100.1, 10.0.0.2", trust)).toBe("198.51.100.1");
    expect(clientAddress("10.0.0.1", "10.0.0.3, 10.0.0.2", trust)).toBe("10.0.0.3"); // all ours: the furthest
    expect(clientAddress("11.0.0.1", "198.51.100.1", trust)).toBe("11.0.0.1");
  });

  it("blames junk where an address was due on the hop that passed it on, and never answers junk", () => {
    const hops = proxyTrust({ TRUSTED_PROXY_HOPS: "2" });
    expect(clientAddress("10.0.0.1", "198.51.100.7, unknown, 10.0.0.2", hops)).toBe("10.0.0.2");
    expect(clientAddress("10.0.0.1", undefined, hops)).toBe("10.0.0.1");
    expect(clientAddress(undefined, "198.51.100.7", hops)).toBeUndefined();
    fc.assert(
      fc.property(
        fc.option(fc.oneof(address, fc.string())),
        spoofed,
        fc.oneof(
          fc.constant(proxyTrust({})),
          fc.integer({ min: 1, max: 5 }).map((n) => proxyTrust({ TRUSTED_PROXY_HOPS: String(n) })),
          fc.constant(proxyTrust({ TRUSTED_PROXIES: "0.0.0.0/0,::/0" })),
        ),
        (socket, xff, trust) => {
          const a = clientAddress(socket ?? undefined, header(xff), trust);
          if (a !== undefined) expect(normalizeAddress(a)).toBe(a);
        },
      ),
    );
  });
});
