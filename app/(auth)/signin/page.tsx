import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { safeCallbackUrl } from "@/lib/accounts/schema";
import { SignInForm } from "./_components/signin-form";
import { Card } from "@/components/ui/card";
import { PageTitle } from "@/components/ui/page-header";
import { Notice } from "@/components/ui/notice";

export async function generateMetadata() {
  const t = await getTranslations("auth.signin");
  return { title: t("title") };
}

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const t = await getTranslations("auth.signin");
  const params = await searchParams;
  const back = safeCallbackUrl(params.callbackUrl);
  const callbackUrl = back ?? "/dashboard";
  // On the way to 「興味がある」: say why, and keep the way back through a company sign-up too.
  const forInterest = !!back && /^\/challenges\/[^/?#]+\/interest(\?|$)/.test(back);
  const signupHref = back
    ? `/signup?${forInterest ? "type=company&" : ""}callbackUrl=${encodeURIComponent(back)}`
    : "/signup";
  // Set by requirePageRole when a session was ended by an admin (lib/auth/session.ts).
  const ended = params.ended === "suspended" || params.ended === "ended" ? params.ended : null;
  return (
    <div className="mx-auto max-w-md">
      <PageTitle>{t("title")}</PageTitle>
      {ended && (
        <Notice tone="warning" role="alert" className="mt-4">
          {t(ended === "suspended" ? "suspended" : "sessionEnded")}
        </Notice>
      )}
      {forInterest ? (
        <Notice tone="info" className="mt-4" data-testid="signin-for-interest">
          {t("forInterest")}
        </Notice>
      ) : null}
      <Card padding="lg" className="mt-6">
        <SignInForm callbackUrl={callbackUrl} />
      </Card>
      <p className="mt-6">
        {t("noAccount")}：
        <Link href={signupHref} className="underline">
          {t("toSignup")}
        </Link>
      </p>
    </div>
  );
}
