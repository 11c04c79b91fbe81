import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePageRole } from "@/lib/auth/session";
import { formatDate } from "@/lib/format";
import { listInterestsForChallenge, searchCompaniesForIntroduction } from "@/lib/interests/queries";
import { idSchema } from "@/lib/interests/schema";
import { queryParam } from "@/lib/fields";
import { PendingNotice } from "@/components/pending-notice";
import { InterestCard } from "./_components/interest-card";
import { IntroduceForm } from "./_components/introduce-form";
import { CAN, isMunicipalStaff } from "@/lib/auth/roles";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("interests.meta");
  return { title: t("list") };
}

const qSchema = queryParam();

export default async function ChallengeInterestsPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePageRole(CAN.editChallenges);
  if (user.status !== "ACTIVE") return <PendingNotice />;
  const id = idSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const data = await listInterestsForChallenge(id.data, user);
  if (!data) notFound();
  const { challenge: c, interests } = data;
  const t = await getTranslations("interests.list");
  const locale = await getLocale();
  const isMunicipality = isMunicipalStaff(user);
  const canIntroduce = !isMunicipality && c.kind === "PRIVATE_CONSULTATION" && c.status === "PUBLISHED";
  const q = qSchema.parse((await searchParams).q ?? "");
  const matches = canIntroduce ? await searchCompaniesForIntroduction(user, q) : [];
  return (
    <div className="mx-auto max-w-4xl space-y-4">
      <p className="text-sm">
        <Link href={`/challenges/${c.id}`}>← {t("back")}</Link>
      </p>
      <PageHeader
        title={`${t("title")}（${interests.length}）`}
        description={t(isMunicipality ? "lead" : "leadCoordinator", { title: c.title })}
      />
      {interests.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <ul className="space-y-4" data-testid="interest-list">
          {interests.map((i) => (
            <li key={i.id}>
              <InterestCard
                interest={{ ...i, createdAt: formatDate(i.createdAt, locale) }}
                canDecide={isMunicipality}
              />
            </li>
          ))}
        </ul>
      )}
      {canIntroduce ? <IntroduceForm challengeId={c.id} q={q} matches={matches} /> : null}
    </div>
  );
}
