import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { PilotsAwaiting } from "@/components/loop/pilots-awaiting";
import { requireDepartmentPage } from "@/lib/desk/pages";
import { getInbox } from "@/lib/inbox/queries";
import { InterestsSection, MatchesSection } from "./_components/own-sections";
import { CallsSection, ProposalsSection } from "./_components/work-sections";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("inbox.meta");
  return { title: t("title") };
}

// The department in charge (所管部署): active staff whose membership names a department; anyone else gets a 404
// (requireDepartmentPage). Every section is scoped in lib/inbox/queries.ts by the session's municipality and
// department, never by the URL.
export default async function InboxPage() {
  const user = await requireDepartmentPage();
  const inbox = (await getInbox(user))!;
  const t = await getTranslations("inbox");
  return (
    <div className="mx-auto max-w-4xl space-y-8">
      <PageHeader
        title={t("title")}
        description={
          inbox.departmentName
            ? t("lead", { department: `${user.organizationName ?? ""} ${inbox.departmentName}`.trim() })
            : t("leadNoName")
        }
      />
      <PilotsAwaiting user={user} />
      <ProposalsSection data={inbox.proposals} />
      <CallsSection data={inbox.calls} />
      <InterestsSection data={inbox.interests} />
      <MatchesSection data={inbox.matches} />
    </div>
  );
}
