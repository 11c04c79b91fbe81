import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { safeCallbackUrl } from "@/lib/accounts/schema";
import { SignInForm } from "./_components/signin-form";

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
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <div className="mt-6 rounded border border-stone-200 bg-white p-4 sm:p-6">
        <SignInForm callbackUrl={callbackUrl} />
      </div>
      <p className="mt-6">
        {t("noAccount")}：
        <Link href="/signup" className="underline">
          {t("toSignup")}
        </Link>
      </p>
    </div>
  );
}
