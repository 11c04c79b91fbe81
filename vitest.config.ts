import { globSync, readFileSync } from "node:fs";
import path from "node:path";
import { configDefaults, defineConfig } from "vitest/config";

const root = import.meta.dirname;
const include = ["lib/**/*.test.ts", "tests/unit/**/*.test.ts", "prisma/**/*.test.ts", "scripts/**/*.test.ts"];

// Test files share worker processes: a fresh process per file spent ~2 CPU s before its first test (Node and
// Vitest start-up, Prisma's client and its query compiler, pg-boss), more than most files spend testing; that
// was over half of the tier's CPU (docs/testing.md). A file that replaces a module, spies on a shared object,
// changes process.env or swaps a process-wide singleton would leak into the files after it in the same process,
// so such files still get a process of their own. They are found by what they call, not kept in a list.
const NEEDS_OWN_PROCESS =
  /\bvi\.(mock|doMock|spyOn|stubEnv|stubGlobal|useFakeTimers)\(|process\.env\.\w+\s*=|delete process\.env|\b(useJobSchema|setSmtpTarget|useSearchBackend|resetSearchBackend|stopBoss|closeTransport)\(/;
const ownProcess = globSync(include, { cwd: root, exclude: ["node_modules/**"] }).filter((f) =>
  NEEDS_OWN_PROCESS.test(readFileSync(path.join(root, f), "utf8")),
);

const shared = {
  resolve: {
    alias: {
      "@": root,
      // `server-only` throws outside React Server Components; under test every module is server code.
      "server-only": path.resolve(root, "tests/setup/empty.ts"),
    },
  },
};
const test = {
  testTimeout: 60_000,
  hookTimeout: 120_000,
  pool: "forks" as const,
  env: { BCRYPT_COST: "4", NODE_ENV: "test" as const },
};

export default defineConfig({
  ...shared,
  test: {
    // In the root config only: Vitest runs it once for the whole run, then the projects below.
    globalSetup: ["tests/setup/global-db.ts"],
    projects: [
      {
        ...shared,
        test: { ...test, name: "shared", include, exclude: [...configDefaults.exclude, ...ownProcess], isolate: false },
      },
      { ...shared, test: { ...test, name: "own-process", include: ownProcess.length ? ownProcess : ["-none-"] } },
    ],
  },
});
