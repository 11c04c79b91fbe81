// Security headers. No imports on purpose: next.config.ts loads this file at build time.
//
// Two layers: next.config.ts sends the fixed headers below on every response (static files
// included); proxy.ts adds the Content-Security-Policy, whose script nonce is new per request.

/** Two years, the value browsers' preload lists ask for; subdomains too (all ours are HTTPS). */
export const HSTS = "max-age=63072000; includeSubDomains";

/** Headers that never change between requests. HSTS only in production: dev runs on plain http. */
export function staticSecurityHeaders(production: boolean): { key: string; value: string }[] {
  const headers = [
    { key: "X-Content-Type-Options", value: "nosniff" },
    // Full URLs (which may hold a challenge id or an unsubscribe token) stay on our own origin.
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    // frame-ancestors in the CSP is the modern form; this covers browsers that ignore it.
    { key: "X-Frame-Options", value: "DENY" },
    {
      key: "Permissions-Policy",
      value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
    },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  ];
  if (production) headers.push({ key: "Strict-Transport-Security", value: HSTS });
  return headers;
}

/** 16 random bytes, base64: unguessable and new for every response. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * Scripts: only those carrying this response's nonce ('strict-dynamic' lets them load Next's
 * chunks), so an injected <script> or onclick= never runs. Styles keep 'unsafe-inline': React
 * renders style="" attributes (charts, drag and drop) that a nonce cannot cover, and inline CSS
 * cannot run code. Dev needs 'unsafe-eval' for React's error overlay; production does not.
 */
export function buildCsp(nonce: string, opts: { dev: boolean; https: boolean }): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${opts.dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    `connect-src 'self'${opts.dev ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    // Only behind HTTPS: on plain-http localhost it would rewrite our own script URLs to https.
    ...(opts.https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}
