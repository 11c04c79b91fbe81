import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "@/components/ui/link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { PilotDocuments } from "@/components/loop/pilot-documents";
import { requirePageRole } from "@/lib/auth/session";
import { CAN } from "@/lib/auth/roles";
import { idSchema } from "@/lib/fields";
import { formatDate, formatDateTime, formatYenExact } from "@/lib/format";
import { getPilot } from "@/lib/pilots/queries";
import { todayJst } from "@/lib/pilots/schema";
import { AgreeButton, CancelForm, EndReviewForm, MidReviewForm, NoteForm } from "../_components/pilot-actions";
import { PilotForm } from "../_components/pilot-form";
import { PilotHistory } from "../_components/pilot-history";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pilots.meta");
  return { title: t("detail") };
}

const tone = { PLANNING: "warning", AGREED: "brand", ENDED: "neutral", CANCELLED: "neutral" } as const;

/** The pilot page the department, the company and coordinators share (read rule: lib/pilots/access.ts). */
export default async function PilotPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageRole(CAN.useOwnAccount, { active: true });
  const id = idSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const p = await getPilot(user, id.data);
  if (!p) notFound();
  const t = await getTranslations("pilots.detail");
  const ts = await getTranslations("pilots");
  const locale = await getLocale();
  const date = (d: string | Date) => formatDate(d, locale);
  const side = (s: "municipality" | "company") => ts(`side.${s}`);
  const agreement = (s: "municipality" | "company", a: typeof p.cityAgreed) =>
    !a
      ? t("notAgreed", { side: side(s) })
      : a.by
        ? t("agreedBy", { side: side(s), date: formatDateTime(a.at, locale), name: a.by })
        : t("agreedByUnknown", { side: side(s), date: formatDateTime(a.at, locale) });
  const back = p.can.matchPage
    ? { href: `/pipeline/${p.match.id}`, label: t("back") }
    : p.match.threadId
      ? { href: `/messages/${p.match.threadId}`, label: t("backThread") }
      : null;
  const { terms } = p;
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      {back ? (
        <p>
          <Link href={back.href}>← {back.label}</Link>
        </p>
      ) : null}
      <PageHeader title={terms.title}>
        <div className="mt-2 flex flex-wrap items-center gap-2">
          <Badge tone={tone[p.status]}>
            <span data-testid="pilot-status">{ts(`status.${p.status}`)}</span>
          </Badge>
          <span className="break-words">
            {t("parties", { company: p.match.company, municipality: p.match.municipality })}
          </span>
          {p.match.department ? <span>{t("department", { name: p.match.department })}</span> : null}
        </div>
      </PageHeader>
      {p.declined ? <Notice tone="warning">{t("declined")}</Notice> : null}
      {p.lateStart ? (
        <Notice tone="warning" data-testid="pilot-late">
          {t("late")}
        </Notice>
      ) : null}
      {p.status === "CANCELLED" ? (
        <Notice tone="warning">{t("cancelled", { reason: p.cancelReason ?? "" })}</Notice>
      ) : null}

      <Card as="section" padding="lg" aria-labelledby="terms-heading">
        <h2 id="terms-heading" className="mb-3 text-lg font-bold">
          {t("terms")}
        </h2>
        <dl className="space-y-3">
          {(
            [
              [t("purpose"), terms.purpose],
              [t("period"), `${date(terms.startsOn)} 〜 ${date(terms.endsOn)}`],
              [t("cityProvides"), terms.cityProvides],
              [t("companyProvides"), terms.companyProvides],
              [
                t("cost"),
                (terms.cost === "FREE" ? t("free") : formatYenExact(terms.costAmount ?? 0, locale)) +
                  (terms.costNote ? `（${terms.costNote}）` : ""),
              ],
              [
                t("reviews"),
                `${terms.midReviewOn ? t("midReviewOn", { date: date(terms.midReviewOn) }) : t("noMidReview")}　${t("endReviewOn", { date: date(terms.endReviewOn) })}`,
              ],
            ] as const
          ).map(([k, v]) => (
            <div key={k}>
              <dt className="font-medium">{k}</dt>
              <dd className="whitespace-pre-wrap break-words">{v}</dd>
            </div>
          ))}
        </dl>
      </Card>

      <Card as="section" padding="lg" aria-labelledby="criteria-heading">
        <h2 id="criteria-heading" className="mb-3 text-lg font-bold">
          {t("criteria")}
        </h2>
        <ol className="space-y-2" data-testid="pilot-criteria">
          {p.criteria.map((c) => (
            <li key={c.id} className="rounded border border-stone-200 p-3">
              <p className="break-words font-medium">{c.label}</p>
              <p className="break-words text-stone-800">
                {t("target")}：{c.target}
                {c.baseline ? `　${t("baseline")}：${c.baseline}` : ""}
              </p>
              {c.met !== null ? (
                <p className="break-words">
                  <Badge tone={c.met ? "brand" : "warning"}>{c.met ? t("met") : t("notMet")}</Badge>　{t("result")}：
                  {c.result}
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      </Card>

      <Card as="section" padding="lg" aria-labelledby="agreements-heading" data-testid="pilot-agreements">
        <h2 id="agreements-heading" className="text-lg font-bold">
          {t("agreements")}
        </h2>
        <p className="mt-1 text-stone-700">{t("agreementsLead")}</p>
        <ul className="my-3 space-y-1">
          <li>{agreement("municipality", p.cityAgreed)}</li>
          <li>{agreement("company", p.companyAgreed)}</li>
        </ul>
        {p.can.agree ? <AgreeButton id={p.id} version={p.version} /> : null}
        {p.can.cancel ? <CancelForm id={p.id} version={p.version} /> : null}
      </Card>

      {p.can.edit ? (
        <Card as="details" padding="lg" data-testid="pilot-edit">
          <summary className="min-h-11 cursor-pointer py-2 text-lg font-bold">{t("edit")}</summary>
          <div className="mt-4">
            <PilotForm
              mode={{ id: p.id, version: p.version }}
              initial={{
                ...terms,
                criteria: terms.criteria.map((c) => ({ ...c, baseline: c.baseline ?? "" })),
                costAmount: terms.costAmount === undefined ? "" : String(terms.costAmount),
                costNote: terms.costNote ?? "",
                midReviewOn: terms.midReviewOn ?? "",
              }}
            />
          </div>
        </Card>
      ) : null}

      {p.midReview || p.can.midReview ? (
        <Card as="section" padding="lg" aria-labelledby="mid-heading">
          <h2 id="mid-heading" className="mb-2 text-lg font-bold">
            {t("midReview")}
          </h2>
          {p.midReview ? (
            <>
              <p className="text-sm text-stone-600">
                {t("midReviewAt", { date: formatDateTime(p.midReview.at, locale) })}
              </p>
              {p.can.midReview ? null : <p className="whitespace-pre-wrap break-words">{p.midReview.note}</p>}
            </>
          ) : null}
          {p.can.midReview ? <MidReviewForm id={p.id} version={p.version} initial={p.midReview?.note ?? ""} /> : null}
        </Card>
      ) : null}

      {p.endReview || p.status === "AGREED" ? (
        <Card as="section" padding="lg" aria-labelledby="end-heading">
          <h2 id="end-heading" className="mb-2 text-lg font-bold">
            {t("endReview")}
          </h2>
          {p.endReview ? (
            <p className="whitespace-pre-wrap break-words" data-testid="pilot-summary">
              {p.endReview.note}
            </p>
          ) : p.can.endReview ? (
            <>
              <p className="mb-3 text-stone-700">{t("endReviewLead")}</p>
              <EndReviewForm id={p.id} version={p.version} criteria={p.criteria} />
            </>
          ) : (
            <p>
              {todayJst() < terms.endsOn ? t("endReviewNotYet", { date: date(terms.endsOn) }) : t("endReviewMissing")}
            </p>
          )}
        </Card>
      ) : null}

      {/* Generated documents (協定書（案）, 評価シート): filled in by the documents helper. */}
      <PilotDocuments pilotId={p.id} />

      {"city" in p.notes || "company" in p.notes ? (
        <Card as="section" padding="lg" aria-labelledby="notes-heading" data-testid="pilot-notes">
          <h2 id="notes-heading" className="mb-2 text-lg font-bold">
            {t("notes")}
          </h2>
          {(["city", "company"] as const).map((s) =>
            s in p.notes ? (
              p.can.note && (s === "city") === (p.viewer === "municipality") ? (
                <NoteForm key={s} id={p.id} label={t(`${s}Note`)} initial={p.notes[s] ?? ""} />
              ) : (
                <div key={s} className="mb-3">
                  <h3 className="font-medium">{t(`${s}Note`)}</h3>
                  <p className="whitespace-pre-wrap break-words">{p.notes[s] || t("noNote")}</p>
                </div>
              )
            ) : null,
          )}
        </Card>
      ) : null}

      <PilotHistory pilot={p} />
    </div>
  );
}
