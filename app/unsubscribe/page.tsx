import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { findUnsubscribe } from "@/lib/notifications/queries";
import { Card } from "@/components/ui/card";
import { PageTitle } from "@/components/ui/page-header";
import { Button } from "@/components/ui/button";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("notifications.unsubscribe");
  return { title: t("meta"), robots: { index: false } };
}

// Works signed out: the token in the e-mail link is the credential. A GET only shows what would
// happen (mail scanners follow links); the button POSTs to /api/unsubscribe.
export default async function UnsubscribePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const t = await getTranslations("notifications.unsubscribe");
  const sp = await searchParams;
  const token = typeof sp.token === "string" ? sp.token : undefined;
  const found = await findUnsubscribe(token);
  const done = sp.done === "1";
  return (
    <div className="mx-auto max-w-xl py-4">
      <Card padding="lg">
        {!found ? (
          <>
            <PageTitle>{t("invalidTitle")}</PageTitle>
            <p className="mt-3">{t("invalid")}</p>
            <p className="mt-4 flex flex-wrap gap-4">
              <Link href="/settings/alerts" className="inline-flex min-h-11 items-center">
                {t("settings")}
              </Link>
              <Link href="/" className="inline-flex min-h-11 items-center">
                {t("home")}
              </Link>
            </p>
          </>
        ) : (
          <>
            <PageTitle>{t("title")}</PageTitle>
            {done || found.emailMode === "OFF" ? (
              <p role="status" className="mt-3">
                {done ? t("done") : t("already", { email: found.email })}
              </p>
            ) : (
              <form method="post" action="/api/unsubscribe" className="mt-3 space-y-4">
                <p>{t("confirm", { email: found.email })}</p>
                <input type="hidden" name="token" value={token} />
                <Button type="submit">{t("button")}</Button>
              </form>
            )}
            <p className="mt-4">
              <Link href="/settings/alerts" className="inline-flex min-h-11 items-center">
                {t("settings")}
              </Link>
            </p>
          </>
        )}
      </Card>
    </div>
  );
}
