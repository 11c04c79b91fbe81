import "server-only";
import { db } from "@/lib/db";
import { assertRole, type SessionUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { enqueueIndex } from "@/lib/search/enqueue";
import { CAN, hasRole } from "@/lib/auth/roles";
import { caseWriterWhere } from "@/lib/case-approval/access";
import { bornHereEdit } from "@/lib/case-approval/approval";
import type { CaseInput, CaseUpdateInput } from "./schema";

type Tx = Prisma.TransactionClient;

/** Cases are curated: coordinators and admins write them, nobody else. */

const toDate = (s: string | undefined) => (s ? new Date(`${s}T00:00:00Z`) : null);

function columns(input: CaseInput) {
  return {
    title: input.title,
    summary: input.summary,
    body: input.body,
    municipalityId: input.municipalityId,
    scheme: input.scheme,
    outcome: input.outcome,
    fiscalYear: input.fiscalYear,
    budgetAmount: input.budgetAmount === undefined ? null : BigInt(input.budgetAmount),
    startedOn: toDate(input.startedOn),
    endedOn: toDate(input.endedOn),
    figures: input.figures.map((f) => ({ label: f.label, value: f.value })),
    links: input.links.map((l) => ({ label: l.label, url: l.url })),
    sourceUrl: input.sourceUrl ?? null,
    sourcePublisher: input.sourcePublisher ?? null,
    sourcePublishedOn: toDate(input.sourcePublishedOn),
    published: input.published,
    isDemo: input.isDemo,
  };
}

/** The chosen id must be a municipality (not a company that happens to have that id). */
async function assertMunicipality(tx: Tx, id: string) {
  const org = await tx.organization.findFirst({ where: { id, kind: "MUNICIPALITY" }, select: { id: true } });
  if (!org) throw new AppError("INVALID_INPUT", "unknown municipality");
}

async function themeIds(tx: Tx, slugs: string[]) {
  const themes = await tx.theme.findMany({ where: { slug: { in: slugs } }, select: { id: true } });
  if (themes.length !== slugs.length) throw new AppError("INVALID_INPUT", "unknown theme");
  return themes;
}

/** `linked`: company links of the rows being replaced, by partner name, so editing a case keeps them. */
async function writePartners(
  tx: Tx,
  caseId: string,
  partners: CaseInput["partners"],
  linked = new Map<string, string>(),
) {
  await tx.casePartner.createMany({
    data: partners.map((p, i) => ({
      caseId,
      name: p.name,
      role: p.role ?? null,
      sortOrder: i,
      organizationId: linked.get(p.name) ?? null,
    })),
  });
}

/** Case, partners and themes in one transaction: a failure anywhere leaves no half-written case. */
export async function createCase(user: SessionUser | null, input: CaseInput): Promise<{ id: string }> {
  const actor = assertRole(user, CAN.editCases, { active: true });
  return db.$transaction(async (tx) => {
    await assertMunicipality(tx, input.municipalityId);
    const themes = await themeIds(tx, input.themeSlugs);
    const row = await tx.case.create({
      data: { ...columns(input), createdById: actor.id, themes: { connect: themes } },
      select: { id: true },
    });
    await writePartners(tx, row.id, input.partners);
    // Search job in the same transaction (outbox); it removes the case again when unpublished.
    await enqueueIndex(tx, "CASE", row.id);
    return row;
  });
}

/**
 * Edit replaces the partner rows and the theme set with what the form sent. The municipality side edits the cases
 * born from its matches too (lib/case-approval): those keep their municipality and publishing state, and every edit
 * is a new version the company has to approve again.
 */
export async function updateCase(user: SessionUser | null, input: CaseUpdateInput): Promise<{ id: string }> {
  const u = assertRole(user, CAN.writeMatchCases, { active: true });
  const where = { id: input.id, ...(hasRole(u, CAN.editCases) ? {} : caseWriterWhere(u)) };
  return db.$transaction(async (tx) => {
    const current = await tx.case.findFirst({ where, select: { matchId: true, municipalityId: true } });
    if (!current) throw new AppError("NOT_FOUND");
    const bornHere = current.matchId !== null;
    await assertMunicipality(tx, input.municipalityId);
    const themes = await themeIds(tx, input.themeSlugs);
    const { published: _p, isDemo: _d, ...content } = columns(input);
    const data = bornHere ? { ...content, municipalityId: current.municipalityId, ...bornHereEdit } : columns(input);
    const { count } = await tx.case.updateMany({ where: { ...where, matchId: current.matchId }, data });
    if (count === 0) throw new AppError("NOT_FOUND");
    await tx.case.update({ where: { id: input.id }, data: { themes: { set: themes } }, select: { id: true } });
    const old = await tx.casePartner.findMany({
      where: { caseId: input.id, organizationId: { not: null } },
      select: { name: true, organizationId: true },
    });
    await tx.casePartner.deleteMany({ where: { caseId: input.id } });
    await writePartners(tx, input.id, input.partners, new Map(old.map((p) => [p.name, p.organizationId!])));
    await enqueueIndex(tx, "CASE", input.id);
    return { id: input.id };
  });
}
