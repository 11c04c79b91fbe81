import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { recordAudit } from "@/lib/audit/record";
import { getChallengeForViewer } from "@/lib/challenges/queries";
import { challengeIdSchema } from "@/lib/challenges/schema";
import { canEditChallenge } from "@/lib/challenges/visibility";
import { getIntroducedChallenge } from "@/lib/interests/queries";
import { InterestAdminLinks, InterestEntry } from "@/components/interest-entry";
import { ChallengeSheet } from "@/components/challenge-sheet";
import { StatusButtons } from "./_components/status-buttons";
import { isCompanyMember, isCoordinator } from "@/lib/auth/roles";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { parseSource } from "@/lib/views/source";
import { SignedOutEntry } from "./_components/signed-out-entry";
import { ViewBeacon } from "./_components/view-beacon";
import { publicLogPath } from "@/lib/desk/public-log";
import { ChallengeReplication } from "@/components/loop/challenge-replication";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// Both the page and its metadata load through getChallengeForViewer, so a private challenge's
// title never leaks through <title> either.
async function load(params: Props["params"]) {
  const parsed = challengeIdSchema.safeParse((await params).id);
  if (!parsed.success) notFound();
  const user = await getCurrentUser();
  // Staged disclosure: a company whose introduction to a private consultation was accepted may read
  // it, by a rule kept in lib/interests rather than in visibleChallengeWhere.
  const c =
    (await getChallengeForViewer(parsed.data, user)) ??
    (isCompanyMember(user) ? await getIntroducedChallenge(parsed.data, user) : null);
  if (!c) notFound();
  return { c, user };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { c } = await load(params);
  return {
    title: c.title,
    robots: c.kind === "PRIVATE_CONSULTATION" || c.status === "DRAFT" ? { index: false } : undefined,
  };
}

export default async function ChallengeDetailPage({ params, searchParams }: Props) {
  const { c, user } = await load(params);
  // ?src= of the platform's own links (lib/views/source.ts); anything else is "direct".
  const src = parseSource((await searchParams).src);
  const open = c.status === "PUBLISHED" && c.kind !== "PRIVATE_CONSULTATION";
  // Staff reading a municipality's non-public consultation is logged (docs/reliability/security.md).
  if (c.kind === "PRIVATE_CONSULTATION" && isCoordinator(user)) {
    await recordAudit({
      action: "PRIVATE_CHALLENGE_VIEWED",
      actorId: user.id,
      targetType: "Challenge",
      targetId: c.id,
    });
  }
  const t = await getTranslations("challenges.detail");
  const locale = await getLocale();
  const canEdit = canEditChallenge(user, c);
  const notices = [
    // A company only gets here through an accepted introduction: the staff wording would tell it that it may not read this.
    c.kind === "PRIVATE_CONSULTATION" ? t(isCompanyMember(user) ? "privateNoticeIntroduced" : "privateNotice") : null,
    c.status === "DRAFT" ? t("draftNotice") : null,
    c.status === "CLOSED" ? t("closedNotice") : null,
  ].filter(Boolean);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <p className="text-sm">
        <Link href="/challenges">← {t("backToList")}</Link>
      </p>
      {notices.map((n) => (
        <Notice key={n} tone="warning" data-testid="challenge-notice">
          {n}
        </Notice>
      ))}
      <Card padding="lg">
        <ChallengeSheet
          data={{
            ...c,
            budgetAmount: c.budgetAmount === null ? null : Number(c.budgetAmount),
            departmentName: c.department?.name,
            municipalityName: c.municipality.name,
            municipalityIsPrefecture: c.municipality.municipalityType === "PREFECTURE",
            prefectureCode: c.municipality.prefectureCode,
            themes: c.themes.map((th) => ({ slug: th.slug, name: locale === "ja" ? th.nameJa : th.nameEn })),
          }}
        />
      </Card>
      <ChallengeReplication challengeId={c.id} user={user} />
      {canEdit ? (
        <div className="flex flex-wrap items-start gap-3">
          <Link
            href={`/challenges/${c.id}/edit`}
            className="inline-flex min-h-11 items-center rounded bg-brand-700 px-4 py-2 font-medium text-white no-underline hover:bg-brand-800"
          >
            {t("edit")}
          </Link>
          {c.status !== "DRAFT" ? <StatusButtons id={c.id} status={c.status} /> : null}
        </div>
      ) : null}
      {canEdit && user ? (
        <InterestAdminLinks challengeId={c.id} user={user} isPrivate={c.kind === "PRIVATE_CONSULTATION"} />
      ) : null}
      {/* Staff and coordinators get no 「興味がある」: they cannot send one, and their own links are above. */}
      {open && !user ? <SignedOutEntry challengeId={c.id} src={src} /> : null}
      {open && isCompanyMember(user) ? (
        user.status === "ACTIVE" ? (
          <InterestEntry challengeId={c.id} user={user} src={src} />
        ) : (
          <Notice tone="info" data-testid="interest-entry">
            {(await getTranslations("interests.entry"))("notActive")}
          </Notice>
        )
      ) : null}
      {open ? <ViewBeacon challengeId={c.id} src={src} /> : null}
      <PublicLogLine municipalityId={c.municipality.id} />
    </div>
  );
}

/** The municipality's public proposal log (issue 17), when it publishes one. */
async function PublicLogLine({ municipalityId }: { municipalityId: string }) {
  const href = await publicLogPath(municipalityId);
  if (!href) return null;
  const t = await getTranslations("desk-settings.log");
  return (
    <p className="border-t border-stone-200 pt-3 text-sm">
      <Link href={href}>{t("challengeLink")}</Link>
    </p>
  );
}
