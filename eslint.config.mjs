import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const prismaOutsideLib = {
  paths: [
    {
      name: "@prisma/client",
      message: "Read through lib/<domain>/queries.ts, write through actions (docs/architecture.md, Boundaries).",
    },
  ],
  patterns: [
    {
      group: ["**/generated/prisma", "**/generated/prisma/**", "@/lib/db"],
      message: "Only lib/ queries and mutations talk to Prisma (docs/architecture.md, Boundaries).",
    },
  ],
};

const linkOnIntent = {
  name: "next/link",
  message: "Use @/components/ui/link: it prefetches on intent, not on sight (docs/architecture.md, Links).",
};

const config = [
  {
    ignores: [
      ".next*/**",
      "node_modules/**",
      "lib/generated/**",
      ".data/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  ...nextVitals,
  ...nextTs,
  {
    files: ["app/**", "components/**"],
    rules: {
      "no-restricted-imports": ["error", { ...prismaOutsideLib, paths: [...prismaOutsideLib.paths, linkOnIntent] }],
    },
  },
  {
    files: ["components/ui/link.tsx"],
    rules: { "no-restricted-imports": ["error", prismaOutsideLib] },
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
];
export default config;
