import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import Link from "@/components/ui/link";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageRole } from "@/lib/auth/session";
import { CAN, isMunicipalStaff, isCoordinator } from "@/lib/auth/roles";
import { idSchema, searchParam } from "@/lib/fields";
import { getPilotDraft } from "@/lib/pilots/queries";
import { shiftDate, todayJst } from "@/lib/pilots/schema";
import { PilotForm } from "../_components/pilot-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pilots.meta");
  return { title: t("new") };
}

/** /pilots/new?match=<id>: either acting side of a match at 商談 or later, or a coordinator, sets up its pilot. */
export default async function NewPilotPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePageRole(CAN.useOwnAccount, { active: true });
  const matchId = searchParam(idSchema).parse((await searchParams).match);
  const draft = matchId ? await getPilotDraft(user, matchId) : null;
  if (!draft) notFound();
  const t = await getTranslations("pilots.new");
  const back = isMunicipalStaff(user) || isCoordinator(user) ? `/pipeline/${draft.matchId}` : null;
  const start = shiftDate(todayJst(), { days: 14 });
  const end = shiftDate(start, { months: 3, days: -1 });
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      {back ? (
        <p>
          <Link href={back}>← {t("back")}</Link>
        </p>
      ) : null}
      <PageHeader title={t("title")} description={t("lead")}>
        <p className="mt-2 break-words font-medium">
          {t("match", { company: draft.company, municipality: draft.municipality })}
        </p>
      </PageHeader>
      {!draft.allowed ? (
        <Notice tone="warning" data-testid="pilot-not-allowed">
          {draft.stage === "DECLINED" ? t("declined") : t("notYet")}
        </Notice>
      ) : draft.openPilotId ? (
        <Notice tone="info" data-testid="pilot-open-exists">
          {t("openExists")} <Link href={`/pilots/${draft.openPilotId}`}>{t("openLink")}</Link>
        </Notice>
      ) : (
        <Card padding="lg">
          <PilotForm
            mode={{ matchId: draft.matchId }}
            initial={{
              title: draft.title,
              purpose: "",
              criteria: [{ label: "", target: "", baseline: "" }],
              startsOn: start,
              endsOn: end,
              cityProvides: "",
              companyProvides: "",
              cost: "FREE",
              costAmount: "",
              costNote: "",
              midReviewOn: "",
              endReviewOn: shiftDate(end, { days: 14 }),
            }}
          />
        </Card>
      )}
    </div>
  );
}
