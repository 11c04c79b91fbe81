import { getTranslations } from "next-intl/server";
import Link from "@/components/ui/link";
import { Card } from "@/components/ui/card";
import type { ProposalDetail } from "@/lib/proposals/queries";

const H2 = ({ children }: { children: React.ReactNode }) => (
  <h2 className="border-l-4 border-brand-600 pl-2 text-lg font-bold">{children}</h2>
);
const Text = ({ children }: { children: string }) => <p className="whitespace-pre-wrap break-words">{children}</p>;

/** What the company wrote. A challenge the viewer can no longer see is named only as 「非公開になった課題」. */
export async function ProposalBody({ p }: { p: ProposalDetail }) {
  const t = await getTranslations("proposals");
  return (
    <Card as="article" padding="lg" className="space-y-5">
      {p.challenge ? (
        <section className="space-y-1">
          <H2>{t("detail.challenge")}</H2>
          {p.challenge.id ? (
            <p className="break-words">
              <Link href={`/challenges/${p.challenge.id}`}>{p.challenge.title}</Link>
            </p>
          ) : (
            <p className="text-stone-700">{t("detail.challengeGone")}</p>
          )}
        </section>
      ) : null}
      <section className="space-y-1">
        <H2>{t("detail.problem")}</H2>
        <Text>{p.problem}</Text>
      </section>
      <section className="space-y-1">
        <H2>{t("detail.proposal")}</H2>
        <Text>{p.proposal}</Text>
      </section>
      {p.trackRecord || p.cases.length ? (
        <section className="space-y-1">
          <H2>{t("detail.trackRecord")}</H2>
          {p.trackRecord ? <Text>{p.trackRecord}</Text> : null}
          {p.cases.length ? (
            <ul className="list-disc space-y-1 pl-5" aria-label={t("detail.cases")}>
              {p.cases.map((c) => (
                <li key={c.id} className="break-words">
                  <Link href={`/cases/${c.id}`}>{c.title}</Link>（{c.municipality.name}）
                </li>
              ))}
            </ul>
          ) : null}
        </section>
      ) : null}
      <section className="space-y-1">
        <H2>{t("detail.cost")}</H2>
        <p>{t(`cost.${p.cost}`)}</p>
        {p.costNote ? <Text>{p.costNote}</Text> : null}
      </section>
      {p.asks ? (
        <section className="space-y-1">
          <H2>{t("detail.asks")}</H2>
          <Text>{p.asks}</Text>
        </section>
      ) : null}
    </Card>
  );
}
