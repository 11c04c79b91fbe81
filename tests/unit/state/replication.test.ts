// 横展開's rows of the state-change matrix (docs/reliability/state-changes.md): a case was replicated and its
// challenge published, then the challenge, the case or the clerk changes, and the case page's button, the
// challenge page's 「参考にした事例」 and partner list, and the two actions are tried again as the next request would.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { errorCodeOf } from "@/lib/errors";
import { closeChallenge, reopenChallenge, updatePublishedChallenge } from "@/lib/challenges/mutations";
import { challengePublishSchema } from "@/lib/challenges/schema";
import { invitePartner, replicateCase } from "@/lib/replication/mutations";
import { getChallengeReplication, getReplicateEntry } from "@/lib/replication/queries";
import { publishOwnWords, replicationCast } from "@/lib/replication/test-helpers";
import { createUser } from "@/tests/fixtures/factories";
import { viewerNow } from "./scene";

const code = (p: Promise<unknown>) => p.then((r) => JSON.stringify(r), errorCodeOf);

/** A case replicated by the clerk's town and published: the scene of every row. */
async function scene() {
  const c = await replicationCast();
  const { id } = await replicateCase(c.clerk, c.caseId);
  await publishOwnWords(c.clerk, id);
  return { ...c, challengeId: id, companyId: c.partner.organizationId! };
}

const seen = async (u: SessionUser | null, s: Awaited<ReturnType<typeof scene>>) => {
  const now = await viewerNow(u);
  const page = await getChallengeReplication(now, s.challengeId);
  return {
    button: await getReplicateEntry(now, s.caseId),
    source: page?.source.title ?? null,
    invite: page?.invite ? { open: page.invite.open, reason: page.invite.reason } : null,
  };
};

describe("横展開 after a state change", () => {
  it("control: the clerk sees the button, the case and an open partner list", async () => {
    const s = await scene();
    expect(await seen(s.clerk, s)).toEqual({
      button: { draftId: null },
      source: s.caseTitle,
      invite: { open: true, reason: null },
    });
  });

  it("challenge made private: no invitation, the page says why; the case is still named to its town", async () => {
    const s = await scene();
    const ch = await db.challenge.findUniqueOrThrow({ where: { id: s.challengeId }, include: { themes: true } });
    const input = challengePublishSchema.parse({
      ...ch,
      kind: "PRIVATE_CONSULTATION",
      themeSlugs: ch.themes.map((t) => t.slug),
      offers: [],
      budgetAmount: undefined,
    });
    await updatePublishedChallenge(s.clerk, { ...input, id: s.challengeId });
    expect(await seen(s.clerk, s)).toMatchObject({ source: s.caseTitle, invite: { open: false, reason: "private" } });
    expect(await code(invitePartner(s.clerk, s))).toBe(JSON.stringify({ ok: false, reason: "not_open" }));
    // The public no longer sees the challenge, so nor where it came from.
    expect(await seen(null, s)).toMatchObject({ source: null, invite: null });
    expect(await db.thread.count({ where: { challengeId: s.challengeId } })).toBe(0);
  });

  it("challenge closed: no invitation until it is reopened", async () => {
    const s = await scene();
    await closeChallenge(s.clerk, s.challengeId);
    expect(await seen(s.clerk, s)).toMatchObject({ invite: { open: false, reason: "closed" } });
    expect(await code(invitePartner(s.clerk, s))).toBe(JSON.stringify({ ok: false, reason: "not_open" }));
    await reopenChallenge(s.clerk, s.challengeId);
    expect(await code(invitePartner(s.clerk, s))).toContain('"created":true');
  });

  it("case unpublished: no new replication, no invitation, and its title is gone from the challenge for all but coordinators", async () => {
    const s = await scene();
    await db.case.update({ where: { id: s.caseId }, data: { published: false } });
    expect(await seen(s.colleague, s)).toEqual({ button: null, source: null, invite: null });
    expect(await seen(null, s)).toEqual({ button: null, source: null, invite: null });
    expect(await code(replicateCase(s.colleague, s.caseId))).toBe("NOT_FOUND");
    expect(await code(invitePartner(s.clerk, s))).toBe(JSON.stringify({ ok: false, reason: "case_unpublished" }));
    const coordinator = await createUser({ role: "COORDINATOR" });
    expect((await getChallengeReplication(coordinator, s.challengeId))?.source).toMatchObject({ published: false });
  });

  it("clerk removed from the town or suspended: no button, no partner list, no action", async () => {
    const s = await scene();
    await db.membership.deleteMany({ where: { userId: s.clerk.id } });
    const gone = await viewerNow(s.clerk);
    expect(await seen(s.clerk, s)).toEqual({ button: null, source: s.caseTitle, invite: null });
    expect(await code(replicateCase(gone, s.caseId))).toBe("FORBIDDEN");
    expect(await code(invitePartner(gone, s))).toBe("FORBIDDEN");
    await db.user.update({ where: { id: s.colleague.id }, data: { status: "SUSPENDED" } });
    expect(await viewerNow(s.colleague)).toBeNull();
    expect(await seen(s.colleague, s)).toEqual({ button: null, source: s.caseTitle, invite: null });
    expect(await db.thread.count({ where: { challengeId: s.challengeId } })).toBe(0);
  });

  it("partner company unlinked from the case by a coordinator: no longer listed or invitable", async () => {
    const s = await scene();
    await db.casePartner.updateMany({ where: { caseId: s.caseId }, data: { organizationId: null } });
    expect((await getChallengeReplication(s.clerk, s.challengeId))?.invite?.partners).toEqual([]);
    expect(await code(invitePartner(s.clerk, s))).toBe("NOT_FOUND");
  });
});
