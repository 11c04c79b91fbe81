import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { stopBoss } from "@/lib/jobs/boss";
import { runJob } from "@/lib/jobs/run";
import { startMailSink, type MailSink } from "@/lib/mail/sink";
import { closeTransport, setSmtpTarget } from "@/lib/mail/transport";
import { createUser, uid } from "@/tests/fixtures/factories";
import { sendDigests } from "./delivery";
import { unsubscribeByToken } from "./mutations";
import { findUnsubscribe } from "./queries";
import { companyWith, publish } from "./test-support";

let sink: MailSink;
let staff: SessionUser;

beforeAll(async () => {
  sink = await startMailSink({ port: 0 });
  setSmtpTarget({ port: sink.port });
  staff = await createUser({ role: "MUNICIPAL_STAFF", lgCode: "172065" });
});
afterAll(async () => {
  closeTransport();
  await sink.stop();
  await stopBoss();
});
beforeEach(() => sink.clear());

/** Runs the fan-out and then the e-mail jobs it enqueued, as the worker would. */
async function publishAndDeliver(opts: Parameters<typeof publish>[1] = {}) {
  const { id } = await publish(staff, opts);
  await runJob("challenge.published", { challengeId: id });
  const ids = (await db.notification.findMany({ where: { challengeId: id }, select: { id: true } })).map((n) => n.id);
  for (let i = 0; i < ids.length; i += 50)
    await runJob("notification.email", { notificationIds: ids.slice(i, i + 50) });
  return id;
}

const to = (u: SessionUser) => sink.messages.filter((m) => m.to.includes(u.email));

describe("immediate e-mail", () => {
  it("arrives at the SMTP sink in Japanese with an unsubscribe link and List-Unsubscribe", async () => {
    const u = await companyWith({ themes: ["disaster"] });
    const title = `避難所<script>alert(1)</script> ${uid()}`;
    const id = await publishAndDeliver({ title });
    const [msg] = to(u);
    expect(msg).toBeDefined();
    const mail = await sink.parse(msg);
    const token = (await db.alertPreference.findUniqueOrThrow({ where: { userId: u.id } })).unsubscribeToken;
    expect(mail.subject).toContain("新しい課題");
    expect(mail.text).toContain(`/challenges/${id}`);
    expect(mail.text).toContain(`/unsubscribe?token=${token}`);
    expect(mail.html).toContain("&lt;script&gt;");
    expect(mail.html).not.toContain("<script>");
    const header = (k: string) => mail.headerLines.find((h) => h.key === k)?.line ?? "";
    expect(header("list-unsubscribe")).toContain(`/api/unsubscribe?token=${token}>`);
    expect(header("list-unsubscribe-post")).toContain("List-Unsubscribe=One-Click");
    const n = await db.notification.findFirstOrThrow({ where: { challengeId: id, userId: u.id } });
    expect(n.emailedAt).toBeInstanceOf(Date);
    // A retried e-mail job sends nothing twice.
    await runJob("notification.email", { notificationIds: [n.id] });
    expect(to(u)).toHaveLength(1);
  });

  it("skips digest and OFF users, and never mails about private consultations", async () => {
    const digest = await companyWith({ emailMode: "DAILY_DIGEST" });
    const off = await companyWith({ emailMode: "OFF" });
    const imm = await companyWith({});
    await publishAndDeliver();
    expect(to(digest)).toHaveLength(0);
    expect(to(off)).toHaveLength(0);
    expect(to(imm)).toHaveLength(1);
    sink.clear();
    await publishAndDeliver({ kind: "PRIVATE_CONSULTATION" });
    expect(to(imm)).toHaveLength(0);
    // Even a notification forged for a private challenge is not mailed.
    const priv = await publish(staff, { kind: "PRIVATE_CONSULTATION" });
    const n = await db.notification.create({
      data: {
        userId: imm.id,
        type: "CHALLENGE_MATCH",
        title: "秘密",
        url: `/challenges/${priv.id}`,
        challengeId: priv.id,
      },
    });
    await runJob("notification.email", { notificationIds: [n.id] });
    expect(to(imm)).toHaveLength(0);
  });

  it("a user without preferences gets a token on first mail (and no challenge alerts)", async () => {
    const u = await createUser({ role: "MUNICIPAL_STAFF" });
    const n = await db.notification.create({
      data: { userId: u.id, type: "INTEREST_RECEIVED", title: "興味が届きました", url: "/dashboard" },
    });
    await runJob("notification.email", { notificationIds: [n.id] });
    expect(to(u)).toHaveLength(1);
    expect(await db.alertPreference.findUniqueOrThrow({ where: { userId: u.id } })).toMatchObject({
      challengeAlerts: false,
      emailMode: "IMMEDIATE",
    });
  });
});

describe("daily digest", () => {
  it("one e-mail per user, grouped by challenge, newest first; nothing twice", async () => {
    const u = await companyWith({ emailMode: "DAILY_DIGEST" });
    const a = await publish(staff, { title: `課題A ${uid()}` });
    const b = await publish(staff, { title: `課題B ${uid()}` });
    const t0 = Date.now() - 60 * 60 * 1000;
    const mk = (challengeId: string, title: string, minutes: number) =>
      db.notification.create({
        data: {
          userId: u.id,
          type: "INTEREST_RECEIVED",
          title,
          url: `/challenges/${challengeId}`,
          challengeId: undefined,
          createdAt: new Date(t0 + minutes * 60_000),
        },
      });
    await db.notification.create({
      data: {
        userId: u.id,
        type: "CHALLENGE_MATCH",
        title: "A-match",
        url: `/challenges/${a.id}`,
        challengeId: a.id,
        createdAt: new Date(t0),
      },
    });
    await db.notification.create({
      data: {
        userId: u.id,
        type: "CHALLENGE_MATCH",
        title: "B-match",
        url: `/challenges/${b.id}`,
        challengeId: b.id,
        createdAt: new Date(t0 + 10 * 60_000),
      },
    });
    await db.notification.create({
      data: {
        userId: u.id,
        type: "INTEREST_ACCEPTED",
        title: "A-later",
        url: `/challenges/${a.id}`,
        challengeId: a.id,
        createdAt: new Date(t0 + 20 * 60_000),
      },
    });
    await mk(a.id, "no-challenge", 5);
    await sendDigests();
    const mine = to(u);
    expect(mine).toHaveLength(1);
    const mail = await sink.parse(mine[0]);
    expect(mail.subject).toContain("4件");
    const text = mail.text ?? "";
    const order = ["A-later", "A-match", "B-match", "no-challenge"].map((s) => text.indexOf(s));
    expect(order.every((p) => p >= 0)).toBe(true);
    expect([...order].sort((x, y) => x - y)).toEqual(order);
    expect(text).toContain("/unsubscribe?token=");
    sink.clear();
    await sendDigests();
    expect(to(u)).toHaveLength(0);
  });
});

describe("unsubscribe by token", () => {
  it("works without a session and sets e-mail OFF; bad tokens are refused plainly", async () => {
    const u = await companyWith({});
    const { unsubscribeToken } = await db.alertPreference.findUniqueOrThrow({ where: { userId: u.id } });
    expect(await findUnsubscribe(unsubscribeToken)).toMatchObject({
      emailMode: "IMMEDIATE",
      email: expect.stringMatching(/^u\*\*\*@example\.test$/),
    });
    expect(await unsubscribeByToken(unsubscribeToken)).toBe(true);
    expect((await db.alertPreference.findUniqueOrThrow({ where: { userId: u.id } })).emailMode).toBe("OFF");
    for (const bad of ["", "nope", "x".repeat(500), "' OR 1=1 --", null, 42, ["a"]]) {
      expect(await unsubscribeByToken(bad)).toBe(false);
      expect(await findUnsubscribe(bad)).toBeNull();
    }
  });
});
