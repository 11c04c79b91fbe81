import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePageRole } from "@/lib/auth/session";
import { listCompanyInterests } from "@/lib/interests/queries";
import { InterestItem } from "./_components/interest-item";
import { CAN } from "@/lib/auth/roles";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("interests.meta");
  return { title: t("mine") };
}

export default async function MyInterestsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePageRole(CAN.expressInterest, { active: true });
  const t = await getTranslations("interests.mine");
  const locale = await getLocale();
  const items = await listCompanyInterests(user);
  const sent = (await searchParams).sent === "1";
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-stone-700">{t("lead")}</p>
      {sent ? (
        <p
          role="status"
          className="rounded border border-green-300 bg-green-50 p-3 text-green-900"
          data-testid="interest-sent"
        >
          {t("sent")}
        </p>
      ) : null}
      {items.length === 0 ? (
        <div className="rounded border border-dashed border-stone-300 bg-white p-6 text-center">
          <p>{t("empty")}</p>
          <p className="mt-2">
            <Link href="/challenges">{t("browse")}</Link>
          </p>
        </div>
      ) : (
        <ul className="space-y-4" data-testid="my-interests">
          {items.map((i) => (
            <li key={i.id}>
              <InterestItem item={i} locale={locale} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
