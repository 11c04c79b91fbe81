import { getTranslations } from "next-intl/server";
import type { CallProgress } from "@/lib/calls/queries";

/** 依頼 → 回答 → 課題化 → 公開 → マッチ, as one wrapping line of steps. */
export async function ProgressLine({ progress: p }: { progress: CallProgress }) {
  const t = await getTranslations("calls.progress");
  const steps = [
    t("asked", { n: p.asked }),
    t("answered", { departments: p.answeredDepartments, answers: p.answers }),
    t("turned", { n: p.turned }),
    t("published", { n: p.published }),
    t("matches", { n: p.matches }),
  ];
  return (
    <ol aria-label={t("label")} className="mt-2 flex flex-wrap gap-x-1 gap-y-1 text-sm text-stone-700">
      {steps.map((s, i) => (
        <li key={i} className="whitespace-nowrap">
          {i > 0 ? (
            <span aria-hidden="true" className="mr-1 text-stone-400">
              →
            </span>
          ) : null}
          {s}
        </li>
      ))}
    </ol>
  );
}
