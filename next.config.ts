import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { staticSecurityHeaders } from "./lib/auth/security-headers";
import { MAX_POST_BYTES } from "./lib/threads/limits";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  // Native-ish server packages stay outside the bundle.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "bcryptjs"],
  poweredByHeader: false,
  // Lets parallel builds (e.g. a second checkout's e2e run) use their own output folder.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  typedRoutes: false,
  // `npm test` runs `tsc --noEmit` first; its e2e build need not type-check the same code again (25 s).
  typescript: { ignoreBuildErrors: process.env.KYOSO_BUILD_TYPECHECKED === "1" },
  // Message replies carry up to 3 documents of 20 MB each (lib/threads/limits.ts); the server checks
  // each file's size and content itself, these only let the request through. Both limits matter:
  // because proxy.ts exists, Next copies every request body for it and cuts that copy off at
  // proxyClientMaxBodySize (10 MB by default) without an error, so the action then read a truncated
  // multipart body and answered 500 for anything between 10 and 20 MB (issue 15 F5).
  experimental: {
    serverActions: { bodySizeLimit: MAX_POST_BYTES },
    proxyClientMaxBodySize: MAX_POST_BYTES,
    // A CI build starts from a fresh clone and nothing reads its Turbopack cache again; writing it took 20 s
    // before Playwright could start (docs/testing.md). Local builds keep it: a rebuild reuses it.
    turbopackFileSystemCacheForBuild: !process.env.CI,
  },
  // On every response, static files included; the per-request CSP is set in proxy.ts.
  async headers() {
    return [{ source: "/:path*", headers: staticSecurityHeaders(process.env.NODE_ENV === "production") }];
  },
};

export default withNextIntl(nextConfig);
