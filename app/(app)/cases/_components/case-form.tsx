"use client";
import { useRef } from "react";
import { type PathValue, useForm, useWatch } from "react-hook-form";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { errorText, FormError, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { schemaResolver, useAction } from "@/components/use-action";
import { createCaseAction, updateCaseAction } from "@/lib/cases/actions";
import { updateMatchCaseAction } from "@/lib/case-approval/actions";
import { Notice } from "@/components/ui/notice";
import { CASE_OUTCOMES, CASE_SCHEMES, caseInputSchema } from "@/lib/cases/schema";
import { MunicipalitySelect } from "./municipality-select";
import { RepeatableRows, type Row } from "./repeatable-rows";

export type CaseFormState = {
  id?: string;
  title: string;
  summary: string;
  body: string;
  pref: string;
  municipalityId: string;
  partners: Row[];
  figures: Row[];
  links: Row[];
  scheme: string;
  outcome: string;
  fiscalYear: string;
  budgetAmount: string;
  startedOn: string;
  endedOn: string;
  sourceUrl: string;
  sourcePublisher: string;
  sourcePublishedOn: string;
  themeSlugs: string[];
  published: boolean;
  isDemo: boolean;
};

let counter = 0;
const newKey = () => `row-${++counter}`;
const strip = (rows: Row[]) => rows.map(({ key: _key, ...r }) => r);

/** What the action gets: rows without their React keys, and "not chosen" as absent. */
const toPayload = ({ pref: _pref, id, ...v }: CaseFormState) => ({
  ...v,
  ...(id ? { id } : {}),
  partners: strip(v.partners),
  figures: strip(v.figures),
  links: strip(v.links),
  scheme: v.scheme || undefined,
  outcome: v.outcome || undefined,
  budgetAmount: v.budgetAmount || undefined,
});

export function CaseForm({
  initial,
  themes,
  bornHere,
}: {
  initial: CaseFormState;
  themes: { slug: string; nameJa: string; nameEn: string }[];
  /** A case born from a match: its municipality is the match's, and publishing goes through the company's approval. */
  bornHere?: { municipalityName: string };
}) {
  const t = useTranslations("cases");
  const locale = useLocale();
  const router = useRouter();
  const top = useRef<HTMLDivElement>(null);
  const toTop = () => top.current?.scrollIntoView({ block: "start" });
  const form = useForm<CaseFormState>({ resolver: schemaResolver(caseInputSchema), defaultValues: initial });
  const v = useWatch({ control: form.control }) as CaseFormState;
  const set = <K extends keyof CaseFormState>(k: K, value: CaseFormState[K]) =>
    form.setValue(k, value as PathValue<CaseFormState, K>);
  const { execute, pending, formError, onInvalid } = useAction(
    (payload: ReturnType<typeof toPayload>) =>
      bornHere ? updateMatchCaseAction(payload) : initial.id ? updateCaseAction(payload) : createCaseAction(payload),
    {
      setError: form.setError,
      refresh: false,
      onError: toTop,
      onSuccess: (r) => router.push(`/cases/${r.id}`),
    },
  );
  const errors = form.formState.errors;
  const themesError = errorText(errors.themeSlugs);
  const err = (name: keyof CaseFormState) => errorText(errors[name]);

  const text = (
    name:
      | "title"
      | "summary"
      | "fiscalYear"
      | "budgetAmount"
      | "startedOn"
      | "endedOn"
      | "sourceUrl"
      | "sourcePublisher"
      | "sourcePublishedOn",
  ) => ({
    ...form.register(name),
    error: err(name),
    requiredLabel: t("form.required"),
  });

  return (
    <form
      onSubmit={(e) =>
        form.handleSubmit(
          (values) => execute(toPayload(values)),
          () => {
            onInvalid();
            toTop();
          },
        )(e)
      }
      noValidate
      className="space-y-2"
      data-testid="case-form"
    >
      <div ref={top} className="scroll-mt-4">
        <FormError message={formError} />
      </div>
      {bornHere ? (
        <Notice tone="warning" data-testid="born-here-notice">
          {t("form.bornHere")}
        </Notice>
      ) : null}
      <section className="rounded border border-stone-200 bg-white p-4">
        <TextField {...text("title")} label={t("form.title")} hint={t("form.titleHint")} required maxLength={120} />
        <TextAreaField
          {...form.register("summary")}
          label={t("form.summary")}
          hint={t("form.summaryHint")}
          required
          requiredLabel={t("form.required")}
          rows={3}
          maxLength={400}
          error={err("summary")}
        />
        <TextAreaField
          {...form.register("body")}
          label={t("form.body")}
          hint={t("form.bodyHint")}
          required
          requiredLabel={t("form.required")}
          rows={8}
          error={err("body")}
        />
      </section>

      <section className="rounded border border-stone-200 bg-white p-4">
        {bornHere ? (
          <p className="mb-2">
            <span className="font-medium">{t("form.bornHereMunicipality")}：</span>
            {bornHere.municipalityName}
          </p>
        ) : (
          <MunicipalitySelect
            pref={v.pref}
            municipalityId={v.municipalityId}
            error={err("municipalityId")}
            onChange={({ pref, municipalityId }) => {
              set("pref", pref);
              set("municipalityId", municipalityId);
            }}
          />
        )}
        <RepeatableRows
          name="partners"
          legend={t("form.partners")}
          hint={t("form.partnersHint")}
          rows={v.partners}
          onChange={(r) => set("partners", r)}
          columns={[
            { name: "name", label: t("form.partnerName"), required: true },
            { name: "role", label: t("form.partnerRole") },
          ]}
          addLabel={t("form.addPartner")}
          error={err("partners")}
          max={10}
          newKey={newKey}
        />
      </section>

      <section className="rounded border border-stone-200 bg-white p-4">
        <div className="grid gap-x-4 sm:grid-cols-2">
          <SelectField
            {...form.register("scheme")}
            label={t("form.scheme")}
            required
            requiredLabel={t("form.required")}
            placeholder="—"
            error={err("scheme")}
            options={CASE_SCHEMES.map((s) => ({ value: s, label: t(`scheme.${s}`) }))}
          />
          <SelectField
            {...form.register("outcome")}
            label={t("form.outcome")}
            required
            requiredLabel={t("form.required")}
            placeholder="—"
            error={err("outcome")}
            options={CASE_OUTCOMES.map((o) => ({ value: o, label: t(`outcome.${o}`) }))}
          />
          <TextField
            {...text("fiscalYear")}
            label={t("form.fiscalYear")}
            hint={t("form.fiscalYearHint")}
            required
            inputMode="numeric"
            maxLength={6}
          />
          <TextField
            {...text("budgetAmount")}
            label={t("form.budgetAmount")}
            hint={t("form.budgetAmountHint")}
            inputMode="numeric"
            maxLength={16}
          />
          <TextField {...text("startedOn")} label={t("form.startedOn")} type="date" />
          <TextField {...text("endedOn")} label={t("form.endedOn")} type="date" />
        </div>
        <RepeatableRows
          name="figures"
          legend={t("form.figures")}
          hint={t("form.figuresHint")}
          rows={v.figures}
          onChange={(r) => set("figures", r)}
          columns={[
            { name: "label", label: t("form.figureLabel"), required: true },
            { name: "value", label: t("form.figureValue"), required: true },
          ]}
          addLabel={t("form.addFigure")}
          error={err("figures")}
          max={20}
          newKey={newKey}
        />
        <RepeatableRows
          name="links"
          legend={t("form.links")}
          hint={t("form.linksHint")}
          rows={v.links}
          onChange={(r) => set("links", r)}
          columns={[
            { name: "label", label: t("form.linkLabel"), required: true },
            { name: "url", label: t("form.linkUrl"), type: "url", required: true, placeholder: "https://" },
          ]}
          addLabel={t("form.addLink")}
          error={err("links")}
          max={10}
          newKey={newKey}
        />
        <fieldset className="mt-4" data-testid="case-source">
          <legend className="font-medium">{t("form.source")}</legend>
          <p className="text-sm text-stone-600">{t("form.sourceHint")}</p>
          <TextField
            {...text("sourceUrl")}
            label={t("form.sourceUrl")}
            type="url"
            inputMode="url"
            placeholder="https://"
            maxLength={500}
          />
          <div className="grid gap-x-4 sm:grid-cols-2">
            <TextField {...text("sourcePublisher")} label={t("form.sourcePublisher")} maxLength={100} />
            <TextField {...text("sourcePublishedOn")} label={t("form.sourcePublishedOn")} type="date" />
          </div>
        </fieldset>
      </section>

      <section className="rounded border border-stone-200 bg-white p-4">
        <fieldset
          className="mb-4"
          id="themeSlugs"
          tabIndex={-1}
          aria-describedby={`themeSlugs-hint${themesError ? " themeSlugs-error" : ""}`}
        >
          <legend className="font-medium">
            {t("form.themes")}
            <span className="ml-2 rounded bg-red-50 px-1.5 text-xs text-red-700">{t("form.required")}</span>
          </legend>
          <p id="themeSlugs-hint" className="text-sm text-stone-600">
            {t("form.themesHint")}
          </p>
          <div className="mt-2 grid gap-2 sm:grid-cols-2">
            {themes.map((th) => {
              const on = v.themeSlugs.includes(th.slug);
              return (
                <label
                  key={th.slug}
                  className={`flex min-h-11 cursor-pointer items-center gap-3 rounded border px-3 py-2 ${on ? "border-brand-600 bg-brand-50" : "border-stone-300 bg-white"}`}
                >
                  <input
                    type="checkbox"
                    checked={on}
                    className="size-4 shrink-0 accent-brand-700"
                    onChange={() =>
                      set("themeSlugs", on ? v.themeSlugs.filter((s) => s !== th.slug) : [...v.themeSlugs, th.slug])
                    }
                  />
                  {locale === "ja" ? th.nameJa : th.nameEn}
                </label>
              );
            })}
          </div>
          {themesError ? (
            <p id="themeSlugs-error" role="alert" className="mt-1 text-sm text-red-700">
              {themesError?.join(" ")}
            </p>
          ) : null}
        </fieldset>
        <fieldset hidden={!!bornHere}>
          <legend className="font-medium">{t("form.publishing")}</legend>
          {(["published", "isDemo"] as const).map((k) => (
            <label
              key={k}
              className="mt-2 flex min-h-11 cursor-pointer items-center gap-3 rounded border border-stone-300 bg-white px-3 py-2"
            >
              <input
                type="checkbox"
                checked={v[k]}
                onChange={(e) => set(k, e.target.checked)}
                className="size-4 shrink-0 accent-brand-700"
              />
              {t(`form.${k}`)}
            </label>
          ))}
        </fieldset>
      </section>

      <div className="flex flex-wrap items-center gap-4 pt-2">
        <Button type="submit" disabled={pending}>
          {pending ? t("form.saving") : t("form.save")}
        </Button>
        <a href={v.id ? `/cases/${v.id}` : "/cases"} className="inline-flex min-h-11 items-center">
          {t("form.cancel")}
        </a>
      </div>
    </form>
  );
}
