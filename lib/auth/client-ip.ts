// The client's address for rate limits and the audit log. Route handlers, server actions and NextAuth see
// headers only, never the socket, and Next itself keeps a client-sent X-Forwarded-For in place of the socket
// address (node_modules/next/dist/server/base-server.js: `x-forwarded-for ??= socket.remoteAddress`). So the
// address is worked out where the socket is, in scripts/serve.ts (lib/auth/forwarded.ts), and handed over in
// a header stamped with that process's token; a client cannot forge the stamp. Without it (`next start`,
// `next dev`) only TRUSTED_PROXY_HOPS is honoured; otherwise the address is "unknown": every client then
// shares one per-address bucket, which is safe (nobody picks a fresh one) but crude, hence the warning.
import { env } from "@/lib/env";
import { logger } from "@/lib/log";
import { CLIENT_ADDRESS_HEADER, SERVE_TOKEN_ENV, clientFromChain, forwardedEntries, proxyTrust } from "./forwarded";

type HeaderBag = Headers | Record<string, string | string[] | undefined> | undefined;

function get(headers: HeaderBag, name: string): string | undefined {
  if (!headers) return undefined;
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const v = headers[name] ?? headers[name.toLowerCase()];
  return Array.isArray(v) ? v.join(",") : v;
}

const trust = proxyTrust(env);
let warned = false;

export function clientIp(headers: HeaderBag): string {
  const token = process.env[SERVE_TOKEN_ENV];
  if (token) {
    const [stamp, address] = (get(headers, CLIENT_ADDRESS_HEADER) ?? "").split(" ");
    return stamp === token && address ? address : "unknown";
  }
  // Not behind scripts/serve.ts: the socket address is lost. With N proxies in front, the last one appended the
  // client's address N-1 entries from the right (the socket, its own address, is the Nth hop and is missing).
  if (trust.kind === "hops") {
    return (
      clientFromChain(forwardedEntries(get(headers, "x-forwarded-for")), { ...trust, hops: trust.hops - 1 }) ??
      "unknown"
    );
  }
  if (!warned && env.NODE_ENV !== "test") {
    warned = true;
    logger.warn("client address unknown: not served by scripts/serve.ts (npm start); per-address limits are shared", {
      component: "client-ip",
    });
  }
  return "unknown";
}
