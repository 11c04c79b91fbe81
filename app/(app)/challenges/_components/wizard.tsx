"use client";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useAction } from "@/components/use-action";
import type { FieldErrors } from "@/lib/action";
import {
  publishChallengeAction,
  saveChallengeDraftAction,
  updatePublishedChallengeAction,
} from "@/lib/challenges/actions";
import { FIELD_STEP } from "@/lib/challenges/schema";
import { toPayload, type WizardState } from "./form-state";
import { StepFields } from "./step-fields";
import { StepIndicator } from "./step-indicator";
import { WizardPreview } from "./wizard-preview";
import { ReviewChecklist } from "./review-checklist";
import { SimilarPanel } from "./similar-panel";

const ACTIONS = {
  draft: saveChallengeDraftAction,
  publish: publishChallengeAction,
  update: updatePublishedChallengeAction,
};
type Kind = keyof typeof ACTIONS;

const STEPS = 7;
const REVIEW = STEPS - 1;

type Props = {
  id?: string;
  status: "DRAFT" | "PUBLISHED" | "CLOSED";
  initial: WizardState;
  themes: { slug: string; nameJa: string; nameEn: string }[];
  departments: { id: string; name: string }[];
  municipality: { name: string; prefectureCode: string | null; isPrefecture: boolean };
  /** Companies with a live interest: they see only 「非公開になった課題」 once the challenge is made private. */
  interestedCompanies?: number;
};

export function ChallengeWizard(props: Props) {
  const t = useTranslations("challenges.wizard");
  const router = useRouter();
  const [id, setId] = useState(props.id);
  const [state, setState] = useState(props.initial);
  const [step, setStep] = useState(0);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const heading = useRef<HTMLHeadingElement>(null);
  const isDraft = props.status === "DRAFT";
  const goingPrivate =
    !isDraft &&
    (props.interestedCompanies ?? 0) > 0 &&
    props.initial.kind !== "PRIVATE_CONSULTATION" &&
    state.kind === "PRIVATE_CONSULTATION";
  const privateWarning = t("privateWarning", { count: props.interestedCompanies ?? 0 });

  const set: <K extends keyof WizardState>(k: K, v: WizardState[K]) => void = (k, v) => {
    setState((s) => ({ ...s, [k]: v }));
    setErrors((e) => (e[k] ? { ...e, [k]: undefined } : e));
  };
  const go = (s: number) => {
    setStep(Math.min(Math.max(s, 0), REVIEW));
    // Move focus to the new step's heading so keyboard and screen-reader users start at the top.
    requestAnimationFrame(() => heading.current?.focus());
  };
  const stepsWithErrors = new Set(
    Object.entries(errors)
      .filter(([, v]) => v?.length)
      .map(([k]) => FIELD_STEP[k] ?? 0),
  );

  // Hook alone, no react-hook-form: the steps show one part of the state at a time, and a server
  // error must send the clerk to the step that holds the field (FIELD_STEP).
  const { execute, pending } = useAction(
    ({ kind, payload }: { kind: Kind; payload: ReturnType<typeof toPayload> }) => ACTIONS[kind](payload),
    {
      // No router.refresh(): after replaceState it would render the edit route afresh and drop this
      // component's state (the current step and this notice).
      refresh: false,
      onError: (r) => {
        const fe = r.fieldErrors;
        setErrors(fe);
        const bad = Object.keys(fe)
          .filter((k) => fe[k]?.length)
          .map((k) => FIELD_STEP[k] ?? 0);
        // Name the steps to fix: on a phone the step list is collapsed, so this is the only pointer.
        const where = [...new Set(bad)]
          .sort()
          .map((s) => `${s + 1}. ${t(`steps.${s}`)}`)
          .join("、");
        setFormError(bad.length ? `${t("fixErrors")}（${where}）` : r.formError);
        if (bad.length) go(Math.min(...bad));
      },
      onSuccess: (r, { kind }) => {
        setErrors({});
        setFormError(undefined);
        if (kind === "publish") return router.push(`/challenges/${r.id}`);
        if (!id) {
          setId(r.id);
          // Keep the wizard mounted (and the step) while the address becomes the edit URL.
          window.history.replaceState(null, "", `/challenges/${r.id}/edit`);
        }
        setNotice(
          kind === "draft"
            ? t("saved", { time: new Date().toLocaleTimeString("ja-JP", { hour: "2-digit", minute: "2-digit" }) })
            : t("changesSaved"),
        );
      },
    },
  );
  const submit = (kind: Kind) => {
    // The author confirms that the interested companies lose sight of the challenge (docs/reliability/state-changes.md).
    if (kind === "update" && goingPrivate && !window.confirm(privateWarning)) return;
    setNotice(undefined);
    execute({ kind, payload: toPayload(state, id) });
  };

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
      <div>
        <StepIndicator step={step} total={STEPS} onJump={go} stepsWithErrors={stepsWithErrors} />
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (step < REVIEW) go(step + 1);
          }}
          noValidate
          className="rounded border border-stone-200 bg-white p-4 sm:p-6"
        >
          <FormError message={formError} />
          <h2 ref={heading} tabIndex={-1} className="text-xl font-bold">
            <span className="mr-2 text-brand-700">{step + 1}.</span>
            {t(`steps.${step}`)}
          </h2>
          <p className="mt-1 text-stone-700">{t(`stepHint.${step}`)}</p>
          {step < REVIEW ? (
            <p className="mt-2 rounded bg-stone-100 p-3 text-sm text-stone-700">
              <span className="font-bold">{t("example")}</span>　{t(`stepExample.${step}`)}
            </p>
          ) : null}
          <div className="mt-4">
            {step === REVIEW ? (
              <ReviewChecklist state={state} isPrivate={state.kind === "PRIVATE_CONSULTATION"} />
            ) : (
              <StepFields
                step={step}
                state={state}
                set={set}
                errors={errors}
                themes={props.themes}
                departments={props.departments}
              />
            )}
            {goingPrivate && (step === 0 || step === REVIEW) ? (
              <Notice tone="warning" role="alert" className="mt-4" data-testid="private-warning">
                {privateWarning}
              </Notice>
            ) : null}
          </div>
          <div className="mt-6 flex flex-wrap items-center gap-3 border-t border-stone-200 pt-4">
            {step > 0 ? (
              <Button type="button" variant="secondary" onClick={() => go(step - 1)}>
                ← {t("back")}
              </Button>
            ) : null}
            {step < REVIEW ? <Button type="submit">{t("next")} →</Button> : null}
            {isDraft ? (
              <Button type="button" variant="secondary" onClick={() => submit("draft")} disabled={pending}>
                {pending ? t("saving") : t("saveDraft")}
              </Button>
            ) : (
              <Button type="button" variant="secondary" onClick={() => submit("update")} disabled={pending}>
                {pending ? t("saving") : t("saveChanges")}
              </Button>
            )}
            {isDraft && step === REVIEW ? (
              <Button type="button" onClick={() => submit("publish")} disabled={pending}>
                {t("publish")}
              </Button>
            ) : null}
          </div>
          <p role="status" className="mt-3 min-h-6 text-sm text-brand-800">
            {notice}
          </p>
        </form>
      </div>
      <div className="space-y-4 lg:sticky lg:top-4 lg:self-start">
        <WizardPreview
          state={state}
          themes={props.themes}
          departments={props.departments}
          municipality={props.municipality}
        />
        {/* Only while the title and situation are written: later steps make the preview long, and this sticky column must still fit on screen. */}
        {step <= 1 ? <SimilarPanel title={state.title} situation={state.situation} /> : null}
      </div>
    </div>
  );
}
