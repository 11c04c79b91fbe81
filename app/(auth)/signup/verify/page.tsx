import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { PageTitle } from "@/components/ui/page-header";
import { queryParam } from "@/lib/fields";
import { VerifyForm } from "./_components/verify-form";

export async function generateMetadata() {
  const t = await getTranslations("auth.verify");
  return { title: t("title") };
}

/**
 * The e-mailed link lands here. Opening it changes nothing (mail scanners fetch links); the button does,
 * so the account is created only by a person who opened the mail.
 */
export default async function SignUpVerifyPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const t = await getTranslations("auth.verify");
  const token = queryParam(100).parse((await searchParams).token);
  return (
    <div className="mx-auto max-w-md">
      <PageTitle>{t("title")}</PageTitle>
      <Card padding="lg" className="mt-6">
        {token ? (
          <VerifyForm token={token} />
        ) : (
          <Notice tone="error" role="alert">
            {t("missing")}
          </Notice>
        )}
      </Card>
    </div>
  );
}
