import { getLocale, getTranslations } from "next-intl/server";
import Link from "@/components/ui/link";
import { Card } from "@/components/ui/card";
import type { DepartmentCall } from "@/lib/calls/queries";
import { formatDate } from "@/lib/format";
import { EditAnswer } from "./edit-answer";

/** One of the department's answers, the desk's question on it, and what became of it. */
export async function OwnAnswer({
  answer: a,
  canEdit,
  labels,
}: {
  answer: DepartmentCall["answers"][number];
  canEdit: boolean;
  labels: Record<string, string>;
}) {
  const [t, d, locale] = await Promise.all([
    getTranslations("calls.answer"),
    getTranslations("calls.detail"),
    getLocale(),
  ]);
  const rows = [
    ["trouble", a.trouble],
    ["tried", a.tried],
    ["expectation", a.expectation],
  ] as const;
  return (
    <Card as="li" id={`answer-${a.id}`}>
      <p className="text-sm text-stone-700">
        {t("answeredBy", { name: a.author?.name ?? "—", date: formatDate(a.updatedAt, locale) })}
      </p>
      {a.question ? (
        <div className="mt-2 rounded border border-amber-300 bg-amber-50 p-3 text-amber-900">
          <p className="whitespace-pre-wrap break-words font-medium">{t("question", { question: a.question })}</p>
          <p className="text-sm">{t("questionHint")}</p>
        </div>
      ) : null}
      <dl className="mt-2 space-y-2">
        {rows.map(([k, v]) =>
          v ? (
            <div key={k}>
              <dt className="text-sm font-medium text-stone-700">{d(k)}</dt>
              <dd className="whitespace-pre-wrap break-words">{v}</dd>
            </div>
          ) : null,
        )}
      </dl>
      {a.status === "MERGED" ? <p className="mt-2 text-sm text-stone-700">{t("merged")}</p> : null}
      {a.challenge ? (
        <p className="mt-2">
          {t("turned")}{" "}
          <Link href={`/challenges/${a.challenge.id}/edit`} className="break-words text-brand-800 underline">
            {a.challenge.title || t("openDraft")}
          </Link>
        </p>
      ) : null}
      {canEdit && a.status !== "CHALLENGE" ? (
        <EditAnswer
          // A new version after a save remounts the form, so the next save names the version it was based on.
          key={`${a.id}:${a.version}`}
          answer={{
            id: a.id,
            version: a.version,
            trouble: a.trouble,
            tried: a.tried ?? "",
            expectation: a.expectation ?? "",
          }}
          labels={labels}
        />
      ) : null}
    </Card>
  );
}
