// Which address is the client's (docs/operations.md "Client addresses"). Every X-Forwarded-For entry
// is text the client may have written, except the ones appended by proxies we run: each proxy appends
// the address it saw on its socket. So the chain [...X-Forwarded-For, socket] is read from the right,
// skipping our own proxies, and the first address that is not one of them is the client. The leftmost
// entry is never trusted as such: anyone can send `X-Forwarded-For: 203.0.113.7`.
// Pure and free of "server-only": scripts/serve.ts uses it outside Next.
import { BlockList, isIP } from "node:net";

/** Set by scripts/serve.ts on every request it hands to Next, overwriting any copy the client sent. */
export const CLIENT_ADDRESS_HEADER = "x-kyoso-client-address";
/** A random token of the serving process: the header counts only when it carries this (lib/auth/client-ip.ts). */
export const SERVE_TOKEN_ENV = "KYOSO_SERVE_TOKEN";

export type ProxyTrust =
  { kind: "none" } | { kind: "hops"; hops: number } | { kind: "list"; list: BlockList; entries: string[] };

const MAX_HOPS = 20;

/**
 * One address in a canonical form, or undefined when `raw` is not one. IPv4-mapped IPv6
 * (`::ffff:127.0.0.1`, what a dual-stack socket reports for IPv4 clients) becomes IPv4, IPv6 is lower-case
 * and compressed, so one client never has two spellings (two rate-limit buckets). Ports (`1.2.3.4:80`,
 * `[::1]:80`) and zone ids (`fe80::1%eth0`) are dropped.
 */
export function normalizeAddress(raw: string | undefined): string | undefined {
  let s = raw?.trim();
  if (!s) return undefined;
  const bracketed = /^\[([^\]]+)\](?::\d{1,5})?$/.exec(s);
  if (bracketed) s = bracketed[1];
  else if (/^[\d.]+:\d{1,5}$/.test(s)) s = s.slice(0, s.lastIndexOf(":"));
  s = s.split("%")[0];
  const family = isIP(s);
  if (family === 4) return s;
  if (family !== 6) return undefined;
  const v6 = new URL(`http://[${s}]`).hostname.slice(1, -1);
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(v6);
  if (!mapped) return v6;
  const [hi, lo] = [parseInt(mapped[1], 16), parseInt(mapped[2], 16)];
  return [hi >> 8, hi & 255, lo >> 8, lo & 255].join(".");
}

/**
 * What a per-address limit counts: an IPv4 address, or an IPv6 address's /64. One subscriber gets a whole
 * /64 and can send from any of its 2⁶⁴ addresses, so counting single IPv6 addresses would give each request
 * a fresh bucket. Anything else (e.g. "unknown") is its own bucket.
 */
export function addressBucket(ip: string): string {
  if (isIP(ip) !== 6) return ip;
  const [head, tail] = ip.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = tail === undefined ? left : [...left, ...Array(8 - left.length - right.length).fill("0"), ...right];
  return `${groups
    .slice(0, 4)
    .map((g) => parseInt(g, 16).toString(16))
    .join(":")}::/64`;
}

/** `10.0.0.0/8`, `192.0.2.10`, `2001:db8::/32`, … → a BlockList; every bad entry is named in the error. */
function proxyList(value: string): ProxyTrust {
  const list = new BlockList();
  const entries = value
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean);
  const bad: string[] = [];
  for (const entry of entries) {
    const [addr, prefix, extra] = entry.split("/");
    const ip = normalizeAddress(addr);
    const family = ip && isIP(ip) === 4 ? "ipv4" : "ipv6";
    const max = family === "ipv4" ? 32 : 128;
    if (!ip || extra !== undefined || (prefix !== undefined && !/^\d{1,3}$/.test(prefix)) || Number(prefix) > max) {
      bad.push(entry);
    } else if (prefix === undefined) list.addAddress(ip, family);
    else list.addSubnet(ip, Number(prefix), family);
  }
  if (bad.length > 0 || entries.length === 0)
    throw new Error(
      `TRUSTED_PROXIES: ${bad.length ? bad.map((b) => JSON.stringify(b)).join(", ") + " is not" : "no entry is"} ` +
        "an IP address or CIDR range; expected a comma-separated list such as 10.0.0.0/8,192.0.2.10,2001:db8::/32",
    );
  return { kind: "list", list, entries };
}

/**
 * The proxies in front of the app, from TRUSTED_PROXIES (their addresses or ranges) or TRUSTED_PROXY_HOPS (how
 * many there are). Neither: no proxy, the socket address is the client. Throws a readable error on bad values.
 */
export function proxyTrust(env: {
  TRUSTED_PROXIES?: string;
  TRUSTED_PROXY_HOPS?: string | number;
  [other: string]: unknown;
}): ProxyTrust {
  const proxies = env.TRUSTED_PROXIES?.trim();
  const hops = String(env.TRUSTED_PROXY_HOPS ?? "").trim();
  if (proxies && hops)
    throw new Error("TRUSTED_PROXIES and TRUSTED_PROXY_HOPS are both set; set one (docs/operations.md)");
  if (proxies) return proxyList(proxies);
  if (!hops) return { kind: "none" };
  if (!/^\d{1,2}$/.test(hops) || Number(hops) > MAX_HOPS)
    throw new Error(`TRUSTED_PROXY_HOPS: ${JSON.stringify(hops)} is not a whole number from 0 to ${MAX_HOPS}`);
  return Number(hops) === 0 ? { kind: "none" } : { kind: "hops", hops: Number(hops) };
}

/** X-Forwarded-For's entries, left to right (Node joins repeated header lines with ", "). */
export const forwardedEntries = (header: string | string[] | undefined): string[] =>
  (Array.isArray(header) ? header.join(",") : (header ?? "")).split(",");

/**
 * The client in `chain` (addresses left to right, the nearest hop last) under `trust`: walking from the right,
 * the first hop that is not a trusted proxy. An entry that is not an address, where an address was due, is
 * blamed on the hop that passed it on (the address to its right), so junk never becomes a bucket of its own.
 * When every hop is trusted, the leftmost is the client (it reached the first proxy without a header).
 */
export function clientFromChain(chain: string[], trust: ProxyTrust): string | undefined {
  let nearest: string | undefined;
  for (let i = chain.length - 1, hop = 0; i >= 0; i--, hop++) {
    const address = normalizeAddress(chain[i]);
    if (!address) return nearest;
    const trusted =
      trust.kind === "hops"
        ? hop < trust.hops
        : trust.kind === "list" && trust.list.check(address, isIP(address) === 4 ? "ipv4" : "ipv6");
    if (!trusted) return address;
    nearest = address;
  }
  return nearest;
}

/** The client of one connection: its socket address, unless that is a trusted proxy (see clientFromChain). */
export function clientAddress(
  socket: string | undefined,
  forwardedFor: string | string[] | undefined,
  trust: ProxyTrust,
): string | undefined {
  if (trust.kind === "none") return normalizeAddress(socket);
  return clientFromChain([...forwardedEntries(forwardedFor), socket ?? ""], trust);
}
