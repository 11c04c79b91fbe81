import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Prisma } from "@/lib/generated/prisma/client";
import { EMAIL_BATCH } from "@/lib/notifications/outbox";
import { enqueue } from "./enqueue";
import { getJob, jobNames, jobs } from "./registry";

const root = path.resolve(import.meta.dirname, "../..");

/** Every .ts/.tsx file under lib/ and scripts/ (generated Prisma code aside). */
function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .filter((f) => !f.includes(`${path.sep}generated${path.sep}`));
}

// Job names as the code writes them: enqueue and enqueueMany with a literal name second, and pg-boss
// calls that take a queue name first (boss.send in tests and scripts).
const namePatterns = [
  /\benqueue(?:Many)?\(\s*\w+\s*,\s*"([^"]+)"/g,
  /\.(?:send|insert|schedule|work|getJobById)\(\s*"([^"]+)"/g,
];

function namesUsedInCode(): Set<string> {
  const names = new Set<string>();
  // This file is left out: its type checks below name an unknown job on purpose.
  const files = [...sourceFiles("lib"), ...sourceFiles("scripts")].filter((f) => f !== import.meta.filename);
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    for (const pattern of namePatterns) for (const m of text.matchAll(pattern)) names.add(m[1]);
  }
  return names;
}

describe("job registry", () => {
  it("has unique names", () => {
    expect(new Set(jobNames).size).toBe(jobs.length);
  });

  it("every record's schema parses its example, and a scheduled job the `{}` its cron sends", () => {
    for (const job of jobs) {
      expect(job.schema.safeParse(job.example).success, job.name).toBe(true);
      if (job.schedule) expect(job.schema.safeParse({}).success, job.name).toBe(true);
    }
  });

  it("the outbox's e-mail batch fits the notification.email schema", () => {
    const ids = Array.from({ length: EMAIL_BATCH }, (_, i) => `cmnotification${String(i).padStart(12, "0")}`);
    expect(getJob("notification.email").schema.safeParse({ notificationIds: ids }).success).toBe(true);
  });

  it("every file in definitions/ is registered", async () => {
    const registered = new Set<unknown>(jobs);
    for (const file of readdirSync(path.join(import.meta.dirname, "definitions"))) {
      const records = Object.values(await import(`./definitions/${file}`));
      expect(records.length, file).toBeGreaterThan(0);
      for (const record of records) expect(registered.has(record), file).toBe(true);
    }
  });

  it("every job name enqueued in lib/ or scripts/ is registered", () => {
    const used = namesUsedInCode();
    // The scan must keep seeing the real call sites, or this test would pass on nothing.
    expect([...used]).toEqual(expect.arrayContaining(["challenge.published", "notification.email", "search.index"]));
    const registered = new Set<string>(jobNames);
    expect([...used].filter((n) => !registered.has(n))).toEqual([]);
  });
});

// Checked by `npm run typecheck`, never run: enqueue only takes a registered name with its payload.
export function enqueueIsTyped(tx: Prisma.TransactionClient) {
  // @ts-expect-error no such job
  void enqueue(tx, "challenge.unpublished", { challengeId: "c1" });
  // @ts-expect-error search.index wants { kind, id }
  void enqueue(tx, "search.index", { challengeId: "c1" });
  void enqueue(tx, "search.index", { kind: "CASE", id: "c1" });
}
