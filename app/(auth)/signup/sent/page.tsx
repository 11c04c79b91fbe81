import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { PageTitle } from "@/components/ui/page-header";

export async function generateMetadata() {
  const t = await getTranslations("auth.sent");
  return { title: t("title") };
}

/**
 * After every accepted sign-up form. Static, and the same for a new and a registered address: the
 * difference is only in the mailbox (a link to complete, or a notice), which only its owner reads.
 */
export default async function SignUpSentPage() {
  const t = await getTranslations("auth.sent");
  const notes = t.raw("notes") as string[];
  return (
    <div className="mx-auto max-w-2xl">
      <PageTitle>{t("title")}</PageTitle>
      <Notice tone="info" className="mt-3 text-lg" data-testid="signup-sent">
        {t("lead")}
      </Notice>
      <Card as="ul" className="mt-6 list-disc space-y-2 pl-8">
        {notes.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </Card>
      <p className="mt-6">
        <Link href="/signin" className="underline">
          {t("toSignin")}
        </Link>
      </p>
    </div>
  );
}
