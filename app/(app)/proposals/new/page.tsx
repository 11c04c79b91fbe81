import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePageRole } from "@/lib/auth/session";
import { CAN } from "@/lib/auth/roles";
import { getProposalForm } from "@/lib/proposals/queries";
import { newProposalParams } from "@/lib/proposals/schema";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { ProposalForm } from "./_components/proposal-form";
import { FromCase } from "./_components/from-case";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("proposals.meta");
  return { title: t("new") };
}

export default async function NewProposalPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePageRole(CAN.expressInterest, { active: true });
  const t = await getTranslations("proposals.form");
  const params = newProposalParams.parse(await searchParams);
  const data = await getProposalForm(user, params);
  const src = data.sourceCase;
  const trackRecord = src ? t("trackRecordFromCase", { title: src.title, municipality: src.municipality.name }) : "";
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <PageHeader title={t("title")} description={t("lead")} />
      {src ? <FromCase source={src} chosen={data.municipality?.lgCode ?? null} /> : null}
      <Card padding="lg">
        <ProposalForm
          initial={{
            municipalityId: data.municipality?.id ?? "",
            challengeId: data.challengeId ?? "",
            sourceCaseId: src?.tookPart ? src.id : "",
            title: "",
            problem: "",
            proposal: "",
            trackRecord,
            caseIds: src ? [src.id] : [],
            otherCases: "",
            cost: "",
            costNote: "",
            asks: "",
          }}
          pref={data.municipality?.prefectureCode ?? ""}
          municipalityName={data.municipality?.name ?? null}
          challenges={data.challenges}
          ownCases={
            src && !data.ownCases.some((c) => c.id === src.id)
              ? [{ id: src.id, title: src.title, municipality: src.municipality }, ...data.ownCases]
              : data.ownCases
          }
        />
      </Card>
    </div>
  );
}
