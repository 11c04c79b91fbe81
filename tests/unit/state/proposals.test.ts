// The proposal desk's rows of the state-change matrix (docs/reliability/state-changes.md): a proposal exists, then
// its state or a relationship around it changes, and each side's views (the proposal page, the company's list, the
// desk's list) are read again as the next request would see them.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { publishChallenge, updatePublishedChallenge } from "@/lib/challenges/mutations";
import { challengePublishSchema } from "@/lib/challenges/schema";
import { createProposal } from "@/lib/proposals/create";
import { routeProposal } from "@/lib/proposals/mutations";
import { getProposalForViewer, listCompanyProposals, listDeskProposals } from "@/lib/proposals/queries";
import { deskFilters } from "@/lib/proposals/schema";
import { colleagueOf, formFor, proposalCast } from "@/lib/proposals/test-helpers";
import { createUser, uid } from "@/tests/fixtures/factories";
import { viewerNow } from "./scene";

let cast: Awaited<ReturnType<typeof proposalCast>>;
beforeAll(async () => {
  cast = await proposalCast();
});

const allViews = async (u: SessionUser | null, id: string) => {
  const viewer = await viewerNow(u);
  return JSON.stringify([
    await getProposalForViewer(viewer, id),
    await listCompanyProposals(viewer),
    await listDeskProposals(viewer, deskFilters.parse({ status: "all" })),
  ]);
};

async function proposal(extra: Parameters<typeof formFor>[1] = {}) {
  const r = await createProposal(cast.company, formFor(cast.municipalityId, extra));
  if (!r.ok) throw new Error(r.reason);
  return db.proposal.findUniqueOrThrow({ where: { id: r.id } });
}

describe("proposals after a state change", () => {
  it("re-routed: the first department loses it in every view, the new one has it", async () => {
    const p = await proposal();
    await routeProposal(cast.desk, { id: p.id, departmentId: cast.dept.departmentId!, expectedVersion: 0 });
    expect(await allViews(cast.dept, p.id)).toContain(p.title);
    await routeProposal(cast.desk, { id: p.id, departmentId: cast.other.departmentId!, expectedVersion: 1 });
    expect(await allViews(cast.dept, p.id)).not.toContain(p.title);
    expect(await allViews(cast.other, p.id)).toContain(p.title);
    expect(await allViews(cast.desk, p.id)).toContain(p.title);
  });

  it("a company member removed from the company sees none of its proposals; a colleague still does", async () => {
    const p = await proposal();
    const leaver = await colleagueOf(cast.company);
    expect(await allViews(leaver, p.id)).toContain(p.title);
    await db.membership.deleteMany({ where: { userId: leaver.id } });
    expect(await allViews(leaver, p.id)).not.toContain(p.title);
    expect(await allViews(cast.company, p.id)).toContain(p.title);
  });

  it("its challenge made private: the company's page no longer names it; the municipality still does", async () => {
    const word = `状態変化${uid()}`;
    const title = `${word} 公開中の課題`;
    const secret = `${word} 非公開になった課題の本文`;
    const input = (t: string, kind: string) =>
      challengePublishSchema.parse({ kind, title: t, situation: secret, themeSlugs: ["dx"] });
    const { id: challengeId } = await publishChallenge(cast.desk, input(title, "CONSULTATION"));
    const p = await proposal({ challengeId });
    expect(await allViews(cast.company, p.id)).toContain(title);
    const renamed = `${word} 非公開の相談`;
    await updatePublishedChallenge(cast.desk, { ...input(renamed, "PRIVATE_CONSULTATION"), id: challengeId });
    const company = await allViews(cast.company, p.id);
    expect(company).not.toContain(word);
    expect(company).toContain(p.title);
    const stranger = await allViews(await createUser({ role: "COMPANY_MEMBER" }), p.id);
    expect(stranger).not.toContain(p.title);
    expect(await allViews(cast.desk, p.id)).toContain(renamed);
  });

  it("another municipality's desk and an unrelated company see nothing, before and after routing", async () => {
    const p = await proposal();
    const town = await proposalCast("082368");
    for (const u of [town.desk, town.dept, town.company, cast.other])
      expect(await allViews(u, p.id)).not.toContain(p.title);
    await routeProposal(cast.desk, { id: p.id, departmentId: cast.dept.departmentId!, expectedVersion: 0 });
    for (const u of [town.desk, town.dept, town.company, cast.other])
      expect(await allViews(u, p.id)).not.toContain(p.title);
  });
});
