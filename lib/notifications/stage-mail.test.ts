// Stage changes: the notice is immediate, the company's e-mail is one per match per hour (issue 16 §8).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { getBoss, stopBoss } from "@/lib/jobs/boss";
import { runJob } from "@/lib/jobs/run";
import { startMailSink, type MailSink } from "@/lib/mail/sink";
import { closeTransport, setSmtpTarget } from "@/lib/mail/transport";
import { moveMatch } from "@/lib/matches/mutations";
import { companyMemberOf, createTestMatch } from "@/lib/matches/test-helpers";
import { createUser } from "@/tests/fixtures/factories";
import { sendDigests } from "./delivery";
import { scheduleStageMail, STAGE_MAIL_DELAY_SECONDS } from "./stage-batch";
import { emailJobsContaining } from "./test-support";

let sink: MailSink;
let coordinator: SessionUser;

beforeAll(async () => {
  sink = await startMailSink({ port: 0 });
  setSmtpTarget({ port: sink.port });
  coordinator = await createUser({ role: "COORDINATOR" });
  // The producer starts on first use; started here, its start-up is not inside a move's transaction.
  await getBoss();
});
afterAll(async () => {
  closeTransport();
  await sink.stop();
  await stopBoss();
});
beforeEach(() => sink.clear());

const stageJobs = (matchId: string) =>
  db.$queryRawUnsafe<{ id: string; state: string; wait: number }[]>(
    `SELECT id::text AS id, state::text AS state, extract(epoch FROM start_after - now())::float AS wait
       FROM pgboss.job WHERE name = 'match.stage-mail' AND singleton_key = $1 ORDER BY created_on`,
    matchId,
  );
/** What the worker does when the hour is up: runs the job, and pg-boss marks it done. */
async function hourPasses(matchId: string) {
  await runJob("match.stage-mail", { matchId });
  await db.$executeRawUnsafe(
    `UPDATE pgboss.job SET state = 'completed', completed_on = now()
      WHERE name = 'match.stage-mail' AND singleton_key = $1 AND state = 'created'`,
    matchId,
  );
}
const mailsTo = (u: SessionUser) => Promise.all(sink.messages.filter((m) => m.to.includes(u.email)).map(sink.parse));

async function moves(matchId: string, stages: ("MATCHING" | "MEETING" | "FEASIBILITY" | "INTEREST")[]) {
  const { version } = await db.match.findUniqueOrThrow({ where: { id: matchId }, select: { version: true } });
  for (const [i, to] of stages.entries())
    await moveMatch(coordinator, { id: matchId, to, expectedVersion: version + i });
}

describe("stage-change e-mail, coalesced per match", () => {
  it("three moves in quick succession: three notices at once, one waiting job, one e-mail listing them", async () => {
    const m = await createTestMatch({ origin: "INTEREST" });
    const member = await companyMemberOf(m.companyId);
    await moves(m.id, ["MATCHING", "MEETING", "INTEREST"]);

    const notes = await db.notification.findMany({ where: { userId: member.id, type: "MATCH_STAGE_CHANGED" } });
    expect(notes).toHaveLength(3);
    for (const n of notes) expect(await emailJobsContaining(n.id)).toEqual([]);
    const jobs = await stageJobs(m.id);
    expect(jobs).toHaveLength(1);
    expect(jobs[0].wait).toBeGreaterThan(STAGE_MAIL_DELAY_SECONDS - 600);

    await hourPasses(m.id);
    const mails = await mailsTo(member);
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toContain("の進み具合：興味表明");
    expect(mails[0].text).toContain("興味表明 → マッチング");
    expect(mails[0].text).toContain("マッチング → 商談");
    expect(mails[0].text).toContain("商談 → 興味表明");
    // Back where it started: said in so many words.
    expect(mails[0].text).toContain("元の段階（興味表明）に戻りました");

    await runJob("match.stage-mail", { matchId: m.id }); // a retry sends nothing twice
    expect(await mailsTo(member)).toHaveLength(1);
  });

  it("moves an hour apart: two e-mails, the second with only the later move", async () => {
    const m = await createTestMatch({ origin: "INTEREST" });
    const member = await companyMemberOf(m.companyId);
    await moves(m.id, ["MATCHING"]);
    await hourPasses(m.id);
    await moves(m.id, ["MEETING"]);
    expect((await stageJobs(m.id)).map((j) => j.state)).toEqual(["completed", "created"]);
    await hourPasses(m.id);
    const mails = await mailsTo(member);
    expect(mails).toHaveLength(2);
    expect(mails[1].text).toContain("マッチング → 商談");
    expect(mails[1].text).not.toContain("興味表明 → マッチング");
    expect(mails[1].text).toContain("現在の段階：商談");
  });

  it("races: parallel moves of one card, parallel enqueues and parallel runs still give one job and one e-mail", async () => {
    const m = await createTestMatch({ origin: "INTEREST" });
    const member = await companyMemberOf(m.companyId);
    const tries = await Promise.allSettled(
      (["MATCHING", "MEETING", "FEASIBILITY"] as const).map((to) =>
        moveMatch(coordinator, { id: m.id, to, expectedVersion: 0 }),
      ),
    );
    expect(tries.filter((t) => t.status === "fulfilled")).toHaveLength(1);
    await Promise.all(Array.from({ length: 10 }, () => db.$transaction((tx) => scheduleStageMail(tx, m.id))));
    expect(await stageJobs(m.id)).toHaveLength(1);
    await Promise.all([1, 2, 3].map(() => runJob("match.stage-mail", { matchId: m.id })));
    expect(await mailsTo(member)).toHaveLength(1);
  });

  it("a member on the daily digest gets the moves in the digest, not a stage e-mail; e-mail off gets none", async () => {
    const m = await createTestMatch({ origin: "INTEREST" });
    const daily = await companyMemberOf(m.companyId);
    const off = await companyMemberOf(m.companyId);
    await db.alertPreference.create({ data: { userId: daily.id, emailMode: "DAILY_DIGEST", challengeAlerts: false } });
    await db.alertPreference.create({ data: { userId: off.id, emailMode: "OFF", challengeAlerts: false } });
    await moves(m.id, ["MATCHING", "MEETING"]);
    await hourPasses(m.id);
    expect(await mailsTo(daily)).toEqual([]);
    expect(await mailsTo(off)).toEqual([]);
    await sendDigests();
    const [digest] = await mailsTo(daily);
    expect(digest.text).toContain("「商談」になりました");
    expect(await mailsTo(off)).toEqual([]);
  });
});
