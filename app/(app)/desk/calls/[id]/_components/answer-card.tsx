import { getLocale, getTranslations } from "next-intl/server";
import Link from "@/components/ui/link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { DeskCall } from "@/lib/calls/queries";
import { formatDate } from "@/lib/format";
import { AnswerActions } from "./answer-actions";

type Answer = DeskCall["answers"][number];

async function AnswerText({ answer: a }: { answer: Answer }) {
  const t = await getTranslations("calls.detail");
  const rows = [
    ["trouble", a.trouble],
    ["tried", a.tried],
    ["expectation", a.expectation],
  ] as const;
  return (
    <dl className="mt-2 space-y-2">
      {rows.map(([k, v]) =>
        v ? (
          <div key={k}>
            <dt className="text-sm font-medium text-stone-700">{t(k)}</dt>
            <dd className="whitespace-pre-wrap break-words">{v}</dd>
          </div>
        ) : null,
      )}
    </dl>
  );
}

/** One answer with its department, what became of it, the answers merged into it and the desk's moves. */
export async function AnswerCard({
  answer: a,
  merged,
  mergeTargets,
  labels,
}: {
  answer: Answer;
  merged: Answer[];
  mergeTargets: { id: string; label: string }[];
  labels: Record<string, string>;
}) {
  const [t, locale] = await Promise.all([getTranslations("calls.detail"), getLocale()]);
  const by = (x: Answer) =>
    t("answeredBy", {
      department: x.department.name,
      name: x.author?.name ?? "—",
      date: formatDate(x.createdAt, locale),
    });
  return (
    <Card as="li" id={`answer-${a.id}`}>
      <div className="flex flex-wrap items-center gap-2">
        <Badge tone={a.status === "CHALLENGE" ? "brand" : "neutral"}>{t(`answerStatus.${a.status}`)}</Badge>
        <span className="break-words text-sm text-stone-700">{by(a)}</span>
      </div>
      <AnswerText answer={a} />
      {a.question ? (
        <p className="mt-2 rounded bg-amber-50 p-2 text-sm text-amber-900">
          {t("question")}：<span className="whitespace-pre-wrap break-words">{a.question}</span>
        </p>
      ) : null}
      {a.challenge ? (
        <p className="mt-2">
          <Link href={`/challenges/${a.challenge.id}/edit`} className="break-words text-brand-800 underline">
            {t("challenge", { title: a.challenge.title || "—", status: t(`challengeStatus.${a.challenge.status}`) })}
          </Link>
        </p>
      ) : null}
      {merged.length ? (
        <details className="mt-3">
          <summary className="min-h-11 cursor-pointer py-2 font-medium">
            {t("mergedList")}（{merged.length}）
          </summary>
          <ul className="space-y-2">
            {merged.map((m) => (
              <li key={m.id} id={`answer-${m.id}`} className="rounded border border-stone-200 p-2">
                <p className="break-words text-sm text-stone-700">{by(m)}</p>
                <AnswerText answer={m} />
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {a.status === "SUBMITTED" ? (
        <AnswerActions answer={{ id: a.id, version: a.version }} mergeTargets={mergeTargets} labels={labels} />
      ) : null}
    </Card>
  );
}
