// A child process for the SIGKILL checks (npm run fault:kill, scripts/fault-kill.test.ts): runs the
// app's own mutations — the code the server actions call — in a loop and prints one JSON line per
// committed change, until it is killed.
//   node --import tsx --import ./scripts/lib/server-only-hook.mjs scripts/lib/fault-mutator.ts '<json task>'
// (node, not the tsx CLI, so that a SIGKILL hits the process that runs the transaction).
import type { SessionUser } from "../../lib/auth/session";
import { publishChallenge } from "../../lib/challenges/mutations";
import { challengePublishSchema } from "../../lib/challenges/schema";
import { expressInterest } from "../../lib/interests/mutations";
import { postMessage } from "../../lib/threads/mutations";

export type MutatorTask =
  | { op: "publish"; user: SessionUser; count?: number }
  | { op: "interest"; user: SessionUser; challengeIds: string[]; count?: number }
  | { op: "upload"; user: SessionUser; threadId: string; count?: number };

/** A small but real PDF: the upload check reads the content, not the name. */
export function pdf(text: string): Uint8Array {
  return new TextEncoder().encode(
    `%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% ${text}\ntrailer << /Root 1 0 R >>\n%%EOF\n`,
  );
}

async function once(task: MutatorTask, i: number): Promise<string | null> {
  const tag = `${process.pid}-${i}`;
  if (task.op === "publish") {
    const input = challengePublishSchema.parse({
      kind: "CONSULTATION",
      title: `障害試験の課題 ${tag}`,
      situation: "停止試験で公開する課題です",
      themeSlugs: ["dx"],
    });
    return (await publishChallenge(task.user, input)).id;
  }
  if (task.op === "interest") {
    const challengeId = task.challengeIds[i % task.challengeIds.length];
    const r = await expressInterest(
      task.user,
      { challengeId, answers: [], message: `停止試験 ${tag}` },
      { dailyLimit: 100_000 },
    );
    return r.ok ? r.id : null;
  }
  const files = [0, 1].map(
    (n) => new File([pdf(`${tag}-${n}`) as BlobPart], `資料${n}.pdf`, { type: "application/pdf" }),
  );
  const r = await postMessage(task.user, { threadId: task.threadId, body: `停止試験のメッセージ ${tag}`, files });
  return r.ok ? r.messageId : null;
}

const task = JSON.parse(process.argv[2]) as MutatorTask;
for (let i = 0; i < (task.count ?? Number.MAX_SAFE_INTEGER); i++) {
  process.stdout.write(`${JSON.stringify({ started: i })}\n`);
  const id = await once(task, i);
  process.stdout.write(`${JSON.stringify({ committed: id, i })}\n`);
}
process.exit(0);
