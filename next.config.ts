import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  // Native-ish server packages stay outside the bundle.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "bcryptjs"],
  poweredByHeader: false,
  // Lets parallel builds (e.g. a second checkout's e2e run) use their own output folder.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  typedRoutes: false,
};

export default withNextIntl(nextConfig);
