// `prisma generate` only needs the bundled WebAssembly, but the CLI first tries to download a
// schema-engine binary, which this network refuses. Pointing PRISMA_SCHEMA_ENGINE_BINARY at any
// existing file skips that download (see docs/operations.md).
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? fileURLToPath(import.meta.url),
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
};
const r = spawnSync("prisma", ["generate"], { stdio: "inherit", env, shell: process.platform === "win32" });
process.exit(r.status ?? 1);
