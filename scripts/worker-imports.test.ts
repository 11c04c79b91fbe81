import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

// Job handlers import their modules lazily (`await import("@/lib/…")`), so a module that cannot load in the worker
// (one that pulls in next/navigation or React client APIs under --conditions=react-server) starts fine and fails
// only when its job runs. This loads every lazily imported module the way scripts/worker.ts runs.
const definitions = path.resolve("lib/jobs/definitions");
const targets = [
  ...new Set(
    readdirSync(definitions)
      .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
      .flatMap((f) => [...readFileSync(path.join(definitions, f), "utf8").matchAll(/import\("(@\/[^"]+)"\)/g)])
      .map((m) => m[1]),
  ),
];

describe("job handlers' modules", () => {
  it("are found in the definitions", () => {
    expect(targets).toContain("@/lib/notifications/delivery");
  });

  it("all load in the worker's module conditions", async () => {
    // One process for all (each start costs seconds); it writes the modules that failed, and why, to a file.
    const out = path.join(mkdtempSync(path.join(tmpdir(), "worker-imports-")), "failed.json");
    const script = `import { writeFileSync } from "node:fs"; const failed = [];
      for (const t of ${JSON.stringify(targets)}) await import(t).catch((e) => failed.push(t + ": " + String(e.message).split("\\n")[0]));
      writeFileSync(${JSON.stringify(out)}, JSON.stringify(failed));`;
    await promisify(execFile)(
      process.execPath,
      ["--conditions=react-server", "--import", "tsx", "--input-type=module", "-e", script],
      { env: { ...process.env, NODE_OPTIONS: "" }, timeout: 120_000 },
    );
    expect(JSON.parse(readFileSync(out, "utf8"))).toEqual([]);
  }, 150_000);
});
