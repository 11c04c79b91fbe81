"use client";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import type { FieldErrors } from "@/lib/action";
import { publishChallengeAction, updatePublishedChallengeAction } from "@/lib/challenges/actions";
import { FIELD_STEP } from "@/lib/challenges/schema";
import { toPayload, type WizardState } from "./form-state";
import { StepFields } from "./step-fields";
import { StepIndicator } from "./step-indicator";
import { WizardPreview } from "./wizard-preview";
import { ReviewChecklist } from "./review-checklist";
import { SimilarPanel } from "./similar-panel";
import { useAutosave } from "./use-autosave";
import { SaveStatusLine } from "./save-status";
import { LeaveGuard } from "./leave-guard";
import { ConfirmDialog } from "./confirm-dialog";

const STEPS = 7;
const REVIEW = STEPS - 1;
/** Fields in the order the wizard shows them: a failed publish focuses the first one with an error. */
const FIELD_ORDER = Object.keys(FIELD_STEP);

type Props = {
  id?: string;
  /** The saved version this page was rendered from; autosave builds on it (lib/challenges/autosave.ts). */
  revision?: string;
  status: "DRAFT" | "PUBLISHED" | "CLOSED";
  initial: WizardState;
  themes: { slug: string; nameJa: string; nameEn: string }[];
  departments: { id: string; name: string }[];
  municipality: { name: string; prefectureCode: string | null; isPrefecture: boolean };
  /** Companies with a live interest: they see only 「非公開になった課題」 once the challenge is made private. */
  interestedCompanies?: number;
  /** Why this user may not publish (a theme call's draft waits for its department in charge): shown instead of 公開する. */
  publishBlocked?: string;
};

export function ChallengeWizard(props: Props) {
  const t = useTranslations("challenges.wizard");
  const router = useRouter();
  const [state, setState] = useState(props.initial);
  const [step, setStep] = useState(0);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [askPrivate, setAskPrivate] = useState(false);
  const [focusTarget, setFocusTarget] = useState<{ field?: string; n: number }>();
  const heading = useRef<HTMLHeadingElement>(null);
  const isDraft = props.status === "DRAFT";
  const autosave = useAutosave({
    id: props.id,
    revision: props.revision,
    initial: props.initial,
    state,
    auto: isDraft,
    // Keep the wizard mounted (its step and the field in focus) while the address becomes the edit URL.
    onCreated: (id) => window.history.replaceState(null, "", `/challenges/${id}/edit`),
  });
  const goingPrivate =
    !isDraft &&
    (props.interestedCompanies ?? 0) > 0 &&
    props.initial.kind !== "PRIVATE_CONSULTATION" &&
    state.kind === "PRIVATE_CONSULTATION";
  const privateWarning = t("privateWarning", { count: props.interestedCompanies ?? 0 });

  const set: <K extends keyof WizardState>(k: K, v: WizardState[K]) => void = (k, v) => {
    setState((s) => ({ ...s, [k]: v }));
    setErrors((e) => (e[k] ? { ...e, [k]: undefined } : e));
    setNotice(undefined);
  };
  const go = (s: number, field?: string) => {
    setStep(Math.min(Math.max(s, 0), REVIEW));
    setFocusTarget((f) => ({ field, n: (f?.n ?? 0) + 1 }));
    // A step change is a natural pause: save what was typed on the step just left.
    if (isDraft) void autosave.save();
  };
  // After the new step has rendered: the first field to fix, or the heading so keyboard and
  // screen-reader users start at the top of the step.
  useEffect(() => {
    if (!focusTarget) return;
    const el = focusTarget.field ? document.getElementById(focusTarget.field) : null;
    (el ?? heading.current)?.focus();
  }, [focusTarget]);
  const stepsWithErrors = new Set(
    Object.entries(errors)
      .filter(([, v]) => v?.length)
      .map(([k]) => FIELD_STEP[k] ?? 0),
  );

  const showErrors = (fe: FieldErrors = {}, message?: string) => {
    setErrors(fe);
    const bad = FIELD_ORDER.filter((k) => fe[k]?.length);
    // Name the steps to fix: on a phone the step list is collapsed, so this is the only pointer.
    const where = [...new Set(bad.map((k) => FIELD_STEP[k]))]
      .sort()
      .map((s) => `${s + 1}. ${t(`steps.${s}`)}`)
      .join("、");
    const kept = isDraft && autosave.id ? t("publishKept") : "";
    setFormError(bad.length ? `${t("fixErrors")}（${where}）${kept}` : message);
    if (bad.length) go(FIELD_STEP[bad[0]], bad[0]);
  };

  // 公開する: the draft is saved first, so a refusal (a missing theme, a lost connection) loses nothing.
  const publish = async () => {
    setBusy(true);
    setFormError(undefined);
    try {
      if (!(await autosave.save())) return;
      const payload = toPayload(state, undefined);
      const r = await autosave.enqueue(({ id, guard }) => publishChallengeAction({ ...payload, ...guard, id }), {
        quiet: true,
      });
      if (!r) return;
      if (!r.ok) return showErrors(r.fieldErrors, r.formError);
      autosave.stop();
      router.push(`/challenges/${r.data.id}`);
    } finally {
      setBusy(false);
    }
  };

  const update = async (privateConfirmed = false) => {
    // The author confirms that the interested companies lose sight of the challenge (docs/reliability/state-changes.md).
    if (goingPrivate && !privateConfirmed) return setAskPrivate(true);
    setBusy(true);
    setNotice(undefined);
    try {
      const payload = toPayload(state, undefined);
      const r = await autosave.enqueue(
        ({ id, guard }) => updatePublishedChallengeAction({ ...payload, ...guard, id: id ?? "" }),
        { quiet: true },
      );
      if (!r) return;
      if (!r.ok) return showErrors(r.fieldErrors, r.formError);
      setErrors({});
      setFormError(undefined);
      autosave.confirm(r.data, payload, false);
      setNotice(t("changesSaved"));
    } finally {
      setBusy(false);
    }
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
              <Button type="button" variant="secondary" onClick={() => void autosave.save()} disabled={busy}>
                {t("saveDraft")}
              </Button>
            ) : (
              <Button type="button" variant="secondary" onClick={() => void update()} disabled={busy}>
                {busy ? t("saving") : t("saveChanges")}
              </Button>
            )}
            {isDraft && step === REVIEW && props.publishBlocked ? (
              <p className="basis-full text-amber-900">{props.publishBlocked}</p>
            ) : isDraft && step === REVIEW ? (
              <Button type="button" onClick={() => void publish()} disabled={busy}>
                {t("publish")}
              </Button>
            ) : null}
          </div>
          <SaveStatusLine
            status={autosave.status}
            notice={notice}
            onRetry={() => void autosave.save()}
            onOverwrite={() => void autosave.overwrite()}
            onReload={() => {
              autosave.stop();
              window.location.reload();
            }}
          />
        </form>
        <LeaveGuard unsaved={autosave.unsaved} saveFirst={isDraft ? () => autosave.save() : undefined} />
        <ConfirmDialog
          open={askPrivate}
          title={t("privateTitle")}
          confirmLabel={t("privateConfirm")}
          cancelLabel={t("cancel")}
          testId="private-dialog"
          onCancel={() => setAskPrivate(false)}
          onConfirm={() => {
            setAskPrivate(false);
            void update(true);
          }}
        >
          {privateWarning}
        </ConfirmDialog>
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
