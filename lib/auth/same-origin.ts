// CSRF check for route handlers that change something and are reached with the session cookie.
// (Server actions need none of this: Next compares Origin with Host/X-Forwarded-Host itself and
// aborts a mismatch, see docs/reliability/security.md.) A browser always sends Origin on a
// cross-site POST; Sec-Fetch-Site covers the rare browser that leaves Origin out.
export function isSameOrigin(req: Request): boolean {
  const origin = req.headers.get("origin");
  const host = req.headers.get("x-forwarded-host")?.split(",")[0]?.trim() || req.headers.get("host");
  if (origin) {
    if (origin === "null" || !host) return false;
    try {
      return new URL(origin).host === host;
    } catch {
      return false;
    }
  }
  const site = req.headers.get("sec-fetch-site");
  return site === null || site === "same-origin" || site === "none";
}
