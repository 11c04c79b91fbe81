import { getTranslations } from "next-intl/server";
import Link from "@/components/ui/link";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireDeskPage } from "@/lib/desk/pages";
import { getDeskCounts } from "@/lib/desk/hub";

export async function generateMetadata() {
  const t = await getTranslations("desk.hub");
  return { title: t("meta") };
}

/** The desk's hub: what waits in each of its areas, with the way there. */
export default async function DeskHubPage() {
  const user = await requireDeskPage();
  const [t, counts] = await Promise.all([getTranslations("desk.hub"), getDeskCounts(user)]);
  const areas = [
    { href: "/desk/calls", link: t("toCalls"), items: [[t("openCalls"), t("count", { count: counts.openCalls })]] },
    {
      href: "/desk/proposals",
      link: t("toProposals"),
      items: [
        [t("proposalsToTriage"), t("count", { count: counts.proposalsToTriage })],
        [t("proposalsOverdue"), t("count", { count: counts.proposalsOverdue })],
      ],
      alert: counts.proposalsOverdue > 0,
    },
    {
      href: "/desk/staff",
      link: t("toStaff"),
      items: [
        [t("staffPending"), t("people", { count: counts.staffPending })],
        [t("openInvitations"), t("people", { count: counts.openInvitations })],
      ],
      alert: counts.staffPending > 0,
    },
    { href: "/desk/settings", link: t("toSettings"), items: [] },
  ];
  return (
    <div>
      <PageHeader title={user.organizationName ?? t("meta")} description={t("lead")} />
      <ul className="mt-6 grid gap-4 sm:grid-cols-2" data-testid="desk-hub">
        {areas.map((a) => (
          <Card as="li" key={a.href} className={a.alert ? "border-2 border-amber-400 bg-amber-50" : undefined}>
            {a.items.length ? (
              <dl className="grid grid-cols-[1fr_auto] gap-x-3 gap-y-1">
                {a.items.map(([label, value]) => (
                  <div key={label} className="contents">
                    <dt>{label}</dt>
                    <dd className="text-right text-lg font-bold">{value}</dd>
                  </div>
                ))}
              </dl>
            ) : null}
            <p className={a.items.length ? "mt-3" : undefined}>
              <Link href={a.href} className="font-bold underline">
                {a.link}
              </Link>
            </p>
          </Card>
        ))}
      </ul>
    </div>
  );
}
