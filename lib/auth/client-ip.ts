// The client's address for rate limits and the audit log. Behind the load balancer the socket
// address is the balancer's, so the first X-Forwarded-For entry is used; the balancer must
// overwrite (not append to) that header, or a client could pick its own per-IP bucket. The
// per-account limit does not depend on the address at all, so spoofing it gains little.
type HeaderBag = Headers | Record<string, string | string[] | undefined> | undefined;

function get(headers: HeaderBag, name: string): string | undefined {
  if (!headers) return undefined;
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const v = headers[name] ?? headers[name.toLowerCase()];
  return Array.isArray(v) ? v[0] : v;
}

export function clientIp(headers: HeaderBag): string {
  const forwarded = get(headers, "x-forwarded-for")?.split(",")[0]?.trim();
  const ip = forwarded || get(headers, "x-real-ip")?.trim() || "unknown";
  // Kept short and plain: it goes into a database key and a log line.
  return /^[0-9A-Fa-f:.]{2,45}$/.test(ip) ? ip : "unknown";
}
