import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { SessionUser } from "@/lib/auth/session";
import { countInterestsForChallenge, getMyInterest } from "@/lib/interests/queries";
import { interestHref, type TrafficSourceParam } from "@/lib/views/source";

type InterestStatus = NonNullable<Awaited<ReturnType<typeof getMyInterest>>>["status"];

const primary =
  "inline-flex min-h-11 items-center rounded bg-brand-700 px-5 py-2 text-lg font-medium text-white no-underline hover:bg-brand-800";
const secondary =
  "inline-flex min-h-11 items-center rounded border border-stone-300 bg-white px-4 py-2 no-underline hover:bg-stone-100";

/** The company side of the challenge page: 「興味がある」, or where its interest stands. */
export async function InterestEntry({
  challengeId,
  user,
  src = "direct",
}: {
  challengeId: string;
  user: SessionUser;
  /** Where the company came from (?src=), kept on the way to the form so the interest records it. */
  src?: TrafficSourceParam;
}) {
  const t = await getTranslations("interests");
  const mine = await getMyInterest(challengeId, user);
  if (mine && mine.status !== "WITHDRAWN") return <InterestStanding status={mine.status} testId="interest-entry" />;
  return (
    <div className="rounded border border-stone-300 bg-brand-50 p-4" data-testid="interest-entry">
      <p className="mb-3 text-stone-800">{t("entry.lead")}</p>
      <Link href={interestHref(challengeId, src)} className={primary}>
        {t("entry.button")}
      </Link>
    </div>
  );
}

/** Where the company's interest stands, and the way to its list: on the challenge page and on its interest form. */
export async function InterestStanding({ status, testId }: { status: InterestStatus; testId: string }) {
  const t = await getTranslations("interests");
  return (
    <Card data-testid={testId}>
      <p>{t("entry.already", { status: t(`status.${status}`) })}</p>
      <p className="mt-2">
        <Link href="/interests">{t("entry.mine")}</Link>
      </p>
    </Card>
  );
}

/** The municipality side: 「興味を示した企業 (N)」 and 「確認の質問を設定」. */
export async function InterestAdminLinks({
  challengeId,
  user,
  isPrivate,
}: {
  challengeId: string;
  user: SessionUser;
  isPrivate: boolean;
}) {
  const t = await getTranslations("interests.entry");
  const count = await countInterestsForChallenge(challengeId, user);
  return (
    <div className="flex flex-wrap gap-3" data-testid="interest-admin-links">
      <Link href={`/challenges/${challengeId}/interests`} className={secondary}>
        {t("listLink", { count })}
      </Link>
      {isPrivate ? null : (
        <Link href={`/challenges/${challengeId}/screening`} className={secondary}>
          {t("screeningLink")}
        </Link>
      )}
    </div>
  );
}
