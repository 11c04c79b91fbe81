// 横展開 end to end on the real database: a case → a prefilled draft in another town (one per town while
// unpublished, even under 25 presses) → prompts refused at publish → the partner company invited once → its
// answer makes a match that carries the case. And the company's own path: a proposal from the case.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { errorCodeOf } from "@/lib/errors";
import { closeChallenge } from "@/lib/challenges/mutations";
import { challengePublishSchema } from "@/lib/challenges/schema";
import { createProposal } from "@/lib/proposals/create";
import { routeProposal, stepProposal } from "@/lib/proposals/mutations";
import { getProposalForm } from "@/lib/proposals/queries";
import { formFor, proposalCast } from "@/lib/proposals/test-helpers";
import { postMessage } from "@/lib/threads/mutations";
import { expressInterest } from "@/lib/interests/mutations";
import { createUser } from "@/tests/fixtures/factories";
import { invitePartner, replicateCase } from "./mutations";
import { PROMPT_LEFT, PROMPT_MARK } from "./prompts";
import { getChallengeReplication, getReplicateEntry } from "./queries";
import { publishOwnWords, replicationCast } from "./test-helpers";

const code = (p: Promise<unknown>) => p.then(() => "ok", errorCodeOf);

describe("「この事例を自分のまちでも」", () => {
  it("makes a draft of the clerk's town and department, prefilled with questions, not the case's text", async () => {
    const c = await replicationCast();
    expect(await getReplicateEntry(c.clerk, c.caseId)).toEqual({ draftId: null });
    const r = await replicateCase(c.clerk, c.caseId);
    expect(r.created).toBe(true);
    const d = await db.challenge.findUniqueOrThrow({ where: { id: r.id }, include: { themes: true } });
    expect(d).toMatchObject({
      status: "DRAFT",
      kindChosen: false,
      sourceCaseId: c.caseId,
      authorId: c.clerk.id,
      municipalityId: c.clerk.organizationId,
      departmentId: c.clerk.departmentId,
      title: `${c.caseTitle}のような取り組みを検討したい`,
    });
    expect(d.themes.map((t) => t.slug)).toEqual(["dx"]);
    expect(d.situation).toContain(`（参考にした事例：加賀市「${c.caseTitle}」。`);
    expect(d.success).toContain("電話問い合わせ 30%減");
    for (const f of [d.situation, d.affected, d.success]) expect(f).toContain(PROMPT_MARK);
    // The same town's colleague pressing it later lands on the same draft.
    expect(await getReplicateEntry(c.colleague, c.caseId)).toEqual({ draftId: r.id });
    expect(await replicateCase(c.colleague, c.caseId)).toEqual({ id: r.id, created: false });
  });

  it("25 presses at once by two clerks of one town make one draft", async () => {
    const c = await replicationCast();
    const rs = await Promise.all(
      Array.from({ length: 25 }, (_, i) => replicateCase(i % 2 ? c.clerk : c.colleague, c.caseId)),
    );
    expect(new Set(rs.map((r) => r.id)).size).toBe(1);
    expect(rs.filter((r) => r.created)).toHaveLength(1);
    expect(await db.challenge.count({ where: { sourceCaseId: c.caseId } })).toBe(1);
  });

  it("is not for the case's own town, companies, coordinators, pending staff, or an unpublished case", async () => {
    const c = await replicationCast();
    const pending = await createUser({ role: "MUNICIPAL_STAFF", lgCode: "082368", status: "PENDING" });
    const coordinator = await createUser({ role: "COORDINATOR" });
    expect(await code(replicateCase(c.kagaStaff, c.caseId))).toBe("FORBIDDEN");
    expect(await code(replicateCase(c.partner, c.caseId))).toBe("FORBIDDEN");
    expect(await code(replicateCase(coordinator, c.caseId))).toBe("FORBIDDEN");
    expect(await code(replicateCase(pending, c.caseId))).toBe("PENDING_APPROVAL");
    expect(await code(replicateCase(null, c.caseId))).toBe("UNAUTHENTICATED");
    for (const u of [c.kagaStaff, c.partner, coordinator, pending, null])
      expect(await getReplicateEntry(u, c.caseId)).toBeNull();
    await db.case.update({ where: { id: c.caseId }, data: { published: false } });
    expect(await code(replicateCase(c.clerk, c.caseId))).toBe("NOT_FOUND");
    expect(await getReplicateEntry(c.clerk, c.caseId)).toBeNull();
    expect(await db.challenge.count({ where: { sourceCaseId: c.caseId } })).toBe(0);
  });

  it("公開する refuses every field that still holds a question, with a Japanese message on that field", async () => {
    const c = await replicationCast();
    const { id } = await replicateCase(c.clerk, c.caseId);
    const d = await db.challenge.findUniqueOrThrow({ where: { id } });
    const r = challengePublishSchema.safeParse({ ...d, kind: "CONSULTATION", themeSlugs: ["dx"], offers: [] });
    expect(r.success).toBe(false);
    const issues = r.error!.issues.filter((i) => i.message === PROMPT_LEFT).map((i) => i.path[0]);
    expect(issues.sort()).toEqual(["affected", "situation", "success"]);
    // Only the untouched words: a clerk who kept the question and typed below it is still refused.
    const kept = challengePublishSchema.safeParse({
      ...d,
      situation: `${d.situation}\n窓口が混んでいる`,
      affected: "市民",
      success: "減る",
      kind: "CONSULTATION",
      themeSlugs: ["dx"],
      offers: [],
    });
    expect(kept.error?.issues.map((i) => i.path[0])).toEqual(["situation"]);
    await publishOwnWords(c.clerk, id);
    expect(await db.challenge.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "PUBLISHED" });
    // Published: the next press makes a new draft (the town may start again), not the published one.
    expect((await replicateCase(c.clerk, c.caseId)).created).toBe(true);
  });
});

describe("「招待する」: the case's partner company", () => {
  it("is invited once about the challenge; its answer makes a match that carries the case", async () => {
    const c = await replicationCast();
    const { id } = await replicateCase(c.clerk, c.caseId);
    // A draft invites nobody and shows no partner list.
    expect(await invitePartner(c.clerk, { challengeId: id, companyId: c.partner.organizationId! })).toEqual({
      ok: false,
      reason: "not_open",
    });
    expect((await getChallengeReplication(c.clerk, id))?.invite).toBeNull();
    await publishOwnWords(c.clerk, id);
    const view = await getChallengeReplication(c.colleague, id);
    expect(view).toMatchObject({ source: { id: c.caseId, title: c.caseTitle }, invite: { open: true } });
    expect(view!.invite!.partners).toEqual([
      { companyId: c.partner.organizationId, name: c.partner.organizationName, threadId: null, interested: false },
    ]);

    const rs = await Promise.all(
      Array.from({ length: 25 }, (_, i) =>
        invitePartner(i % 2 ? c.clerk : c.colleague, { challengeId: id, companyId: c.partner.organizationId! }),
      ),
    );
    const threadIds = new Set(rs.map((r) => (r.ok ? r.threadId : r.reason)));
    expect(threadIds.size).toBe(1);
    expect(rs.filter((r) => r.ok && r.created)).toHaveLength(1);
    const [threadId] = [...threadIds];
    const thread = await db.thread.findUniqueOrThrow({ where: { id: threadId }, include: { messages: true } });
    expect(thread).toMatchObject({ kind: "DIRECT_INQUIRY", challengeId: id, companyId: c.partner.organizationId });
    expect(thread.subject).toContain("を参考にした課題へのお誘い");
    expect(thread.messages).toHaveLength(1);
    expect(thread.messages[0].body).toContain(`事例「${c.caseTitle}」`);
    const notes = await db.notification.findMany({ where: { threadId } });
    expect(notes.map((n) => [n.userId, n.type])).toEqual([[c.partner.id, "DIRECT_INQUIRY"]]);
    expect((await getChallengeReplication(c.clerk, id))!.invite!.partners[0].threadId).toBe(threadId);

    // No match before the company answers; its first answer makes one, counted as 横展開.
    expect(await db.match.count({ where: { threadId } })).toBe(0);
    expect(await postMessage(c.partner, { threadId, body: "ぜひお話を伺いたいです", files: [] })).toMatchObject({
      ok: true,
    });
    const m = await db.match.findUniqueOrThrow({ where: { threadId } });
    expect(m).toMatchObject({ sourceCaseId: c.caseId, challengeId: id, origin: "DIRECT_INQUIRY", stage: "MATCHING" });
    // Invited, the company answers in the thread: its 興味がある would make a second match for the same pair.
    expect(await expressInterest(c.partner, { challengeId: id, answers: [] })).toEqual({
      ok: false,
      reason: "in_contact",
    });
  });

  it("a company that already said 興味がある is answered through its interest, not invited", async () => {
    const c = await replicationCast();
    const { id } = await replicateCase(c.clerk, c.caseId);
    await publishOwnWords(c.clerk, id);
    expect(await expressInterest(c.partner, { challengeId: id, answers: [] })).toMatchObject({ ok: true });
    expect((await getChallengeReplication(c.clerk, id))!.invite!.partners[0]).toMatchObject({
      threadId: null,
      interested: true,
    });
    expect(await invitePartner(c.clerk, { challengeId: id, companyId: c.partner.organizationId! })).toEqual({
      ok: false,
      reason: "interested",
    });
    expect(await db.thread.count({ where: { challengeId: id } })).toBe(0);
  });

  it("only the challenge's town invites, only the case's partners in the directory", async () => {
    const c = await replicationCast();
    const { id } = await replicateCase(c.clerk, c.caseId);
    await publishOwnWords(c.clerk, id);
    const invite = (u: typeof c.clerk | null, companyId = c.partner.organizationId!) =>
      code(invitePartner(u, { challengeId: id, companyId }));
    expect(await invite(c.kagaStaff)).toBe("NOT_FOUND");
    expect(await invite(c.clerk, c.outsider.organizationId!)).toBe("NOT_FOUND");
    expect(await invite(c.partner)).toBe("FORBIDDEN");
    expect(await invite(await createUser({ role: "COORDINATOR" }))).toBe("FORBIDDEN");
    expect(await invite(null)).toBe("UNAUTHENTICATED");
    expect(await db.thread.count({ where: { challengeId: id } })).toBe(0);
    // Other viewers see where it came from but no partner list.
    for (const u of [c.kagaStaff, c.partner, null])
      expect(await getChallengeReplication(u, id)).toEqual({
        source: { id: c.caseId, title: c.caseTitle, published: true },
        invite: null,
      });
  });

  it("a private or closed challenge invites nobody", async () => {
    const c = await replicationCast();
    const priv = await replicateCase(c.clerk, c.caseId);
    await publishOwnWords(c.clerk, priv.id, "PRIVATE_CONSULTATION");
    const companyId = c.partner.organizationId!;
    expect(await invitePartner(c.clerk, { challengeId: priv.id, companyId })).toEqual({
      ok: false,
      reason: "not_open",
    });
    expect((await getChallengeReplication(c.clerk, priv.id))!.invite).toMatchObject({ open: false, reason: "private" });
    const open = await replicateCase(c.clerk, c.caseId);
    await publishOwnWords(c.clerk, open.id);
    await closeChallenge(c.clerk, open.id);
    expect(await invitePartner(c.clerk, { challengeId: open.id, companyId })).toEqual({
      ok: false,
      reason: "not_open",
    });
    expect(await db.thread.count({ where: { challengeId: { in: [priv.id, open.id] } } })).toBe(0);
  });
});

describe("a company proposes a case it took part in (issue 17's desk)", () => {
  it("lists towns with matching open challenges, stores the case, and the adopted match carries it", async () => {
    const c = await replicationCast();
    const town = await proposalCast("082368");
    // An open public challenge of another town on the case's theme.
    const { id: challengeId } = await publishOwnWords(town.dept, (await replicateCase(town.dept, c.caseId)).id);
    const form = await getProposalForm(c.partner, { case: c.caseId });
    expect(form.sourceCase).toMatchObject({ id: c.caseId, tookPart: true });
    const next = form.sourceCase!.next.find((m) => m.lgCode === "082368");
    expect(next?.challenges.map((x) => x.id)).toContain(challengeId);
    expect(form.sourceCase!.next.some((m) => m.lgCode === "172065")).toBe(false);

    // A company that did not take part cannot pass the case off as its own 横展開.
    const stranger = await createProposal(c.outsider, formFor(town.municipalityId, { sourceCaseId: c.caseId }));
    expect(stranger).toEqual({ ok: false, reason: "unknown_case" });

    const r = await createProposal(c.partner, formFor(town.municipalityId, { sourceCaseId: c.caseId }));
    if (!r.ok) throw new Error(r.reason);
    expect(await db.proposal.findUniqueOrThrow({ where: { id: r.id } })).toMatchObject({ sourceCaseId: c.caseId });
    await routeProposal(town.desk, { id: r.id, departmentId: town.dept.departmentId!, expectedVersion: 0 });
    expect(await stepProposal(town.desk, { id: r.id, to: "ADOPTED", expectedVersion: 1 })).toMatchObject({ ok: true });
    const p = await db.proposal.findUniqueOrThrow({ where: { id: r.id }, include: { match: true } });
    expect(p.match).toMatchObject({ origin: "PROPOSAL", sourceCaseId: c.caseId });
  });
});
