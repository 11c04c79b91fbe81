import Link from "next/link";
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
  const callbackUrl = safeCallbackUrl(params.callbackUrl) ?? "/dashboard";
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
      <Card padding="lg" className="mt-6">
        <SignInForm callbackUrl={callbackUrl} />
      </Card>
      <p className="mt-6">
        {t("noAccount")}：
        <Link href="/signup" className="underline">
          {t("toSignup")}
        </Link>
      </p>
    </div>
  );
}
