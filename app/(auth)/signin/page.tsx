import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { safeCallbackUrl } from "@/lib/accounts/schema";
import { SignInForm } from "./_components/signin-form";
import { Card } from "@/components/ui/card";
import { PageTitle } from "@/components/ui/page-header";

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
  const callbackUrl = safeCallbackUrl((await searchParams).callbackUrl) ?? "/dashboard";
  return (
    <div className="mx-auto max-w-md">
      <PageTitle>{t("title")}</PageTitle>
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
