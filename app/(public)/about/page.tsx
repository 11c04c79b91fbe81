import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { PageTitle } from "@/components/ui/page-header";
import { PageSection } from "@/components/ui/page-section";

type Item = { name: string; body: string };

export async function generateMetadata() {
  const t = await getTranslations("about");
  return { title: t("title") };
}

export default async function AboutPage() {
  const t = await getTranslations("about");
  const flow = t.raw("flow") as Item[];
  const kinds = t.raw("kinds") as Item[];
  const accounts = t.raw("accounts") as string[];
  return (
    <article className="mx-auto max-w-3xl space-y-10">
      <header>
        <PageTitle className="sm:text-3xl">{t("title")}</PageTitle>
        <p className="mt-3 text-lg">{t("lead")}</p>
      </header>
      <PageSection id="flow" title={t("flowTitle")}>
        <ol className="mt-4 space-y-3">
          {flow.map((s, i) => (
            <Card as="li" key={s.name} className="flex gap-4">
              <span className="flex h-8 w-8 shrink-0 items-center justify-center rounded-full bg-brand-700 font-bold text-white">
                {i + 1}
              </span>
              <div>
                <h3 className="font-bold">{s.name}</h3>
                <p>{s.body}</p>
              </div>
            </Card>
          ))}
        </ol>
      </PageSection>
      <PageSection id="kinds" title={t("kindsTitle")}>
        <dl className="mt-4 grid gap-3 sm:grid-cols-2">
          {kinds.map((k) => (
            <Card key={k.name}>
              <dt className="font-bold">{k.name}</dt>
              <dd>{k.body}</dd>
            </Card>
          ))}
        </dl>
      </PageSection>
      <PageSection id="accounts" title={t("accountsTitle")}>
        <ul className="mt-4 list-disc space-y-1 pl-6">
          {accounts.map((a) => (
            <li key={a}>{a}</li>
          ))}
        </ul>
      </PageSection>
      <PageSection id="cases" title={t("casesTitle")}>
        <p className="mt-2">{t("casesBody")}</p>
        <p className="mt-4">
          <Link href="/cases">{t("cta")}</Link>
        </p>
      </PageSection>
    </article>
  );
}
