"use client";
import { useEffect, useState } from "react";
import { useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";
import { useTranslations } from "next-intl";
import Link from "@/components/ui/link";
import { Button } from "@/components/ui/button";
import { errorText, FieldsetHead, FormError, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { schemaResolver, useAction } from "@/components/use-action";
import { createProposalAction } from "@/lib/proposals/actions";
import { PROPOSAL_COSTS, proposalFormSchema, TEXT_MAX, TITLE_MAX, NOTE_MAX } from "@/lib/proposals/schema";
import { MunicipalityChoice } from "./municipality-choice";

export type FormValues = {
  municipalityId: string;
  challengeId: string;
  sourceCaseId: string;
  title: string;
  problem: string;
  proposal: string;
  trackRecord: string;
  caseIds: string[];
  otherCases: string;
  cost: string;
  costNote: string;
  asks: string;
};
type CaseOption = { id: string; title: string; municipality: { name: string } };

/** Case ids from pasted case-page addresses (or bare ids), one per line. */
function caseIdsOf(text: string): string[] {
  return text
    .split(/\s+/)
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => s.match(/\/cases\/([A-Za-z0-9_-]{1,64})/)?.[1] ?? s);
}

/**
 * The company's structured proposal. Nothing typed is lost: a refused submit keeps every field, and choosing
 * another municipality only reloads its open challenges (the URL changes, the form stays).
 */
export function ProposalForm({
  initial,
  pref,
  municipalityName,
  challenges,
  ownCases,
}: {
  initial: FormValues;
  pref: string;
  municipalityName: string | null;
  challenges: { id: string; title: string }[];
  ownCases: CaseOption[];
}) {
  const t = useTranslations("proposals.form");
  const tc = useTranslations("proposals.cost");
  const router = useRouter();
  const [duplicateId, setDuplicateId] = useState<string | null>(null);
  const form = useForm<FormValues>({ resolver: schemaResolver(proposalFormSchema), defaultValues: initial });
  const action = useAction(createProposalAction, {
    setError: form.setError,
    refresh: false,
    onSuccess: (r) => {
      if (r.ok) return router.push(`/proposals/${r.id}?sent=1`);
      setDuplicateId(r.reason === "duplicate" ? r.id : null);
      const text =
        r.reason === "duplicate"
          ? t("duplicate")
          : r.reason === "rate_limited"
            ? t("rateLimited", { minutes: r.minutes })
            : r.reason === "unknown_case"
              ? t("unknownCase")
              : t("challengeClosed");
      action.fail({ formError: text });
    },
  });
  // A link on the page (「この自治体に提案」) may choose another municipality and challenge: take them over.
  useEffect(() => {
    if (initial.municipalityId && initial.municipalityId !== form.getValues("municipalityId"))
      form.setValue("municipalityId", initial.municipalityId);
    if (initial.challengeId) form.setValue("challengeId", initial.challengeId);
  }, [form, initial.municipalityId, initial.challengeId]);
  const municipalityId = useWatch({ control: form.control, name: "municipalityId" });
  const errors = form.formState.errors;
  const field = <K extends keyof FormValues>(name: K) => ({ ...form.register(name), error: errorText(errors[name]) });
  const req = { required: true, requiredLabel: t("required") };
  const chosen = useWatch({ control: form.control, name: "caseIds" }) ?? [];
  const submit = (v: FormValues) => {
    setDuplicateId(null);
    const { otherCases, ...rest } = v;
    action.execute({ ...rest, caseIds: [...new Set([...rest.caseIds, ...caseIdsOf(otherCases)])] } as never);
  };
  return (
    <form onSubmit={form.handleSubmit(submit, action.onInvalid)} noValidate data-testid="proposal-form">
      <FormError message={action.formError} />
      {duplicateId ? (
        <p className="mb-4">
          <Link href={`/proposals/${duplicateId}`}>{t("openDuplicate")}</Link>
        </p>
      ) : null}
      <MunicipalityChoice
        key={initial.municipalityId}
        initialPref={pref}
        initialName={municipalityName}
        value={municipalityId}
        error={errorText(errors.municipalityId)}
        onChange={(id, lgCode) => {
          form.setValue("municipalityId", id, { shouldValidate: form.formState.isSubmitted });
          form.setValue("challengeId", "");
          if (!lgCode) return;
          // Only the challenge list depends on the municipality: the server sends that town's, the form stays.
          const q = new URLSearchParams(window.location.search);
          q.set("municipality", lgCode);
          q.delete("challenge");
          router.replace(`?${q.toString()}`, { scroll: false });
        }}
      />
      <TextField
        {...field("title")}
        {...req}
        label={t("proposalTitle")}
        hint={t("proposalTitleHint")}
        maxLength={TITLE_MAX}
      />
      {challenges.length && municipalityId === initial.municipalityId ? (
        <SelectField
          {...field("challengeId")}
          label={t("challenge")}
          hint={t("challengeHint")}
          placeholder={t("challengeNone")}
          options={challenges.map((c) => ({ value: c.id, label: c.title }))}
        />
      ) : null}
      <TextAreaField {...field("problem")} {...req} label={t("problem")} hint={t("problemHint")} maxLength={TEXT_MAX} />
      <TextAreaField
        {...field("proposal")}
        {...req}
        rows={8}
        label={t("proposal")}
        hint={t("proposalHint")}
        maxLength={TEXT_MAX}
      />
      <TextAreaField
        {...field("trackRecord")}
        label={t("trackRecord")}
        hint={t("trackRecordHint")}
        maxLength={TEXT_MAX}
      />
      {ownCases.length ? (
        <fieldset className="mb-4">
          <FieldsetHead name="caseIds" legend={t("ownCases")} />
          {/* A company with dozens of cases would push the rest of the form pages down: the list scrolls in its box. */}
          <div className="max-h-80 overflow-y-auto rounded border border-stone-200 px-3">
            {ownCases.map((c) => (
              <label key={c.id} className="flex min-h-11 items-center gap-2">
                <input
                  type="checkbox"
                  name="caseIds"
                  value={c.id}
                  checked={chosen.includes(c.id)}
                  onChange={(e) =>
                    form.setValue("caseIds", e.target.checked ? [...chosen, c.id] : chosen.filter((id) => id !== c.id))
                  }
                  className="size-5 shrink-0"
                />
                <span className="break-words">
                  {c.title}（{c.municipality.name}）
                </span>
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
      <TextAreaField
        {...form.register("otherCases")}
        error={errorText(errors.caseIds)}
        rows={2}
        label={t("otherCases")}
        hint={t("otherCasesHint")}
      />
      <fieldset className="mb-4" aria-describedby={errors.cost ? "cost-error" : undefined}>
        <FieldsetHead
          name="cost"
          legend={t("cost")}
          note={<span className="ml-2 rounded bg-red-50 px-1.5 text-xs text-red-700">{t("required")}</span>}
        />
        {PROPOSAL_COSTS.map((c) => (
          <label key={c} className="flex min-h-11 items-center gap-2">
            <input type="radio" value={c} {...form.register("cost")} className="size-5" />
            {tc(c)}
          </label>
        ))}
        {errors.cost ? (
          <p id="cost-error" role="alert" className="mt-1 text-sm text-red-700">
            {errorText(errors.cost)?.join(" ")}
          </p>
        ) : null}
      </fieldset>
      <TextAreaField {...field("costNote")} rows={2} label={t("costNote")} maxLength={NOTE_MAX} />
      <TextAreaField {...field("asks")} label={t("asks")} hint={t("asksHint")} maxLength={TEXT_MAX} />
      <Button type="submit" disabled={action.pending}>
        {action.pending ? t("sending") : t("submit")}
      </Button>
    </form>
  );
}
