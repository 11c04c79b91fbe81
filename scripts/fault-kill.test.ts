import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { createChallenge } from "@/lib/interests/test-helpers";
import { createUser } from "@/tests/fixtures/factories";
import { threadBetween } from "@/tests/fixtures/threads";
import type { MutatorTask } from "./lib/fault-mutator";

// The short, CI-sized version of npm run fault:kill: a child process runs a real mutation, is held
// in the middle of its transaction (a row it needs is locked here), and is SIGKILLed there.
// Nothing of it may remain; and without the kill, the same mutation commits with all its parts.
const root = path.resolve(import.meta.dirname, "..");
const uploads = mkdtempSync(path.join(os.tmpdir(), "kyoso-kill-"));
let staff: SessionUser, company: SessionUser, threadId: string;
const children: ChildProcess[] = [];

beforeAll(async () => {
  staff = await createUser({ role: "MUNICIPAL_STAFF", department: "企画課" });
  company = await createUser({ role: "COMPANY_MEMBER" });
  threadId = (await threadBetween(staff, company)).id;
});
afterAll(() => {
  for (const c of children) c.kill("SIGKILL");
  rmSync(uploads, { recursive: true, force: true });
});

function mutator(task: MutatorTask): { child: ChildProcess; done: Promise<string[]> } {
  // node itself, not the tsx CLI: that one runs the script in a grandchild, which a SIGKILL would miss.
  const child = spawn(
    process.execPath,
    [
      "--import",
      "tsx",
      "--import",
      "./scripts/lib/server-only-hook.mjs",
      "scripts/lib/fault-mutator.ts",
      JSON.stringify(task),
    ],
    {
      cwd: root,
      env: { ...process.env, UPLOAD_DIR: uploads },
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  children.push(child);
  const lines: string[] = [];
  child.stdout!.on("data", (b: Buffer) => lines.push(...b.toString().split("\n").filter(Boolean)));
  return { child, done: new Promise((r) => child.once("exit", () => r(lines))) };
}

/** Holds `lockSql` in an open transaction, waits until the child blocks on it, kills the child, lets go. */
async function killWhileBlocked(task: MutatorTask, lockSql: string, params: unknown[]): Promise<void> {
  const holder = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await holder.connect();
  try {
    await holder.query("BEGIN");
    await holder.query(lockSql, params);
    const me = (await holder.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows[0].pid;
    const { child, done } = mutator(task);
    let blocked: number | undefined;
    for (let i = 0; i < 600 && blocked === undefined; i++) {
      const rows = await db.$queryRawUnsafe<{ pid: number }[]>(
        "SELECT pid FROM pg_stat_activity WHERE $1 = ANY(pg_blocking_pids(pid))",
        me,
      );
      blocked = rows[0]?.pid;
      if (blocked === undefined) await new Promise((r) => setTimeout(r, 100));
    }
    expect(blocked, "the child never reached the locked row").toBeDefined();
    child.kill("SIGKILL");
    await done;
    await holder.query("ROLLBACK");
    // The server notices the dead client when it next talks to it, and rolls its transaction back.
    for (let i = 0; i < 100; i++) {
      const rows = await db.$queryRawUnsafe<{ n: number }[]>(
        "SELECT count(*)::int AS n FROM pg_stat_activity WHERE pid = $1",
        blocked,
      );
      if (rows[0].n === 0) break;
      await new Promise((r) => setTimeout(r, 100));
    }
  } finally {
    await holder.end();
  }
}

const storedFiles = () =>
  readdirSync(path.join(uploads, "documents"), { withFileTypes: true }).filter((d) => d.isFile()).length;

// Each test starts Node processes that load tsx, Prisma and pg-boss; on a busy machine that alone took over the
// default minute. The time limit only stops a hung run; nothing here is timed.
describe("SIGKILL in the middle of a transaction", { timeout: 240_000 }, () => {
  it("publishing: killed after the challenge row was inserted → no challenge, no jobs", async () => {
    const before = await db.challenge.count({ where: { authorId: staff.id } });
    await killWhileBlocked(
      { op: "publish", user: staff, count: 1 },
      `SELECT id FROM "Theme" WHERE slug = 'dx' FOR UPDATE`,
      [],
    );
    expect(await db.challenge.count({ where: { authorId: staff.id } })).toBe(before);
    // Control: the same mutation, not killed, commits the row with both of its jobs.
    const lines = await mutator({ op: "publish", user: staff, count: 1 }).done;
    const id = JSON.parse(lines.at(-1)!).committed as string;
    const jobs = await db.$queryRawUnsafe<{ name: string }[]>(
      `SELECT name FROM pgboss.job WHERE data->>'challengeId' = $1 OR (name = 'search.index' AND data->>'id' = $1) ORDER BY name`,
      id,
    );
    expect(jobs.map((j) => j.name)).toEqual(["challenge.published", "search.index"]);
  });

  it("interest: killed before its notifications were written → no interest", async () => {
    const challenge = await createChallenge(staff);
    await killWhileBlocked(
      { op: "interest", user: company, challengeIds: [challenge.id], count: 1 },
      `SELECT id FROM "User" WHERE id = $1 FOR UPDATE`,
      [staff.id],
    );
    expect(await db.interest.count({ where: { challengeId: challenge.id } })).toBe(0);
    expect(
      await db.notification.count({
        where: { userId: staff.id, type: "INTEREST_RECEIVED", url: `/challenges/${challenge.id}/interests` },
      }),
    ).toBe(0);
    await mutator({ op: "interest", user: company, challengeIds: [challenge.id], count: 1 }).done;
    expect(await db.interest.count({ where: { challengeId: challenge.id } })).toBe(1);
    expect(
      await db.notification.count({
        where: { userId: staff.id, type: "INTEREST_RECEIVED", url: `/challenges/${challenge.id}/interests` },
      }),
    ).toBe(1);
  });

  it("upload: killed after the message and documents were inserted → neither stays; no document lacks its file", async () => {
    await killWhileBlocked(
      { op: "upload", user: company, threadId, count: 1 },
      `SELECT id FROM "Thread" WHERE id = $1 FOR UPDATE`,
      [threadId],
    );
    expect(await db.message.count({ where: { threadId } })).toBe(0);
    expect(await db.document.count({ where: { threadId } })).toBe(0);
    // Known gap: the files were stored before the transaction, so the killed request leaves its two
    // files behind, unreferenced (never served: downloads go through Document rows).
    expect(storedFiles()).toBe(2);
    await mutator({ op: "upload", user: company, threadId, count: 1 }).done;
    const docs = await db.document.findMany({ where: { threadId }, select: { storageKey: true, messageId: true } });
    expect(docs).toHaveLength(2);
    expect(new Set(docs.map((d) => d.messageId)).size).toBe(1);
    expect(storedFiles()).toBe(4);
    expect(await db.notification.count({ where: { threadId, type: "MESSAGE_RECEIVED" } })).toBeGreaterThan(0);
  });
});
