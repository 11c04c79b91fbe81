import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { interestHref, type TrafficSourceParam } from "@/lib/views/source";

const primary =
  "inline-flex min-h-11 items-center rounded bg-brand-700 px-5 py-2 text-lg font-medium text-white no-underline hover:bg-brand-800";

/**
 * 「興味がある」 for a visitor who is not signed in: sign-in, or a company sign-up, and back to this challenge's form
 * with the source kept (the callback is checked by safeCallbackUrl on every step).
 */
export async function SignedOutEntry({ challengeId, src }: { challengeId: string; src: TrafficSourceParam }) {
  const t = await getTranslations("interests.entry");
  const back = encodeURIComponent(interestHref(challengeId, src));
  return (
    <div className="rounded border border-stone-300 bg-brand-50 p-4" data-testid="interest-entry">
      <p className="mb-3 text-stone-800">{t("signedOutLead")}</p>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-3">
        <Link href={`/signin?callbackUrl=${back}`} className={primary} data-testid="interest-signin">
          <span className="text-white">{t("button")}</span>
        </Link>
        <Link href={`/signup?type=company&callbackUrl=${back}`} data-testid="interest-signup">
          {t("signedOutSignup")}
        </Link>
      </div>
    </div>
  );
}
