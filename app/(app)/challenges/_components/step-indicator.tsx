"use client";
import { useTranslations } from "next-intl";

/** Full list of steps on wide screens; on a phone, "ステップ 2 / 7" and a bar. Any step can be opened directly. */
export function StepIndicator({
  step,
  total,
  onJump,
  stepsWithErrors,
}: {
  step: number;
  total: number;
  onJump: (s: number) => void;
  stepsWithErrors: Set<number>;
}) {
  const t = useTranslations("challenges.wizard");
  return (
    <nav aria-label={t("progress")} className="mb-4">
      <p className="text-sm font-medium text-stone-700 md:hidden">
        {t("stepOf", { current: step + 1, total })}：{t(`steps.${step}`)}
      </p>
      <div className="mt-1 h-2 rounded bg-stone-200 md:hidden" aria-hidden="true">
        <div className="h-2 rounded bg-brand-600" style={{ width: `${((step + 1) / total) * 100}%` }} />
      </div>
      <ol className="hidden gap-1 md:flex">
        {Array.from({ length: total }, (_, i) => (
          <li key={i} className="flex-1">
            <button
              type="button"
              onClick={() => onJump(i)}
              aria-current={i === step ? "step" : undefined}
              className={`flex min-h-11 w-full flex-col items-start rounded border px-2 py-1 text-left text-xs leading-tight ${
                i === step
                  ? "border-brand-700 bg-brand-700 text-white"
                  : stepsWithErrors.has(i)
                    ? "border-red-400 bg-red-50 text-red-800"
                    : "border-stone-300 bg-white text-stone-700 hover:bg-stone-100"
              }`}
            >
              <span className="font-bold">{i + 1}</span>
              <span>{t(`steps.${i}`)}</span>
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
