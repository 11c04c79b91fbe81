"use client";
import { useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { findSimilarForDraftAction } from "@/lib/search/similar-action";

type Similar = {
  cases: { id: string; title: string; href: string }[];
  challenges: { id: string; title: string; municipalityName: string; href: string }[];
};

const DEBOUNCE_MS = 700;

/**
 * Past cases and other municipalities' open challenges that look like the draft, refreshed a
 * moment after the clerk stops typing. Links open in a new tab so the draft is never left behind.
 */
export function SimilarPanel({ title, situation }: { title: string; situation: string }) {
  const t = useTranslations("search.similar");
  const text = `${title}\n${situation.slice(0, 1000)}`.trim();
  const tooShort = [...text].length < 2;
  const [found, setFound] = useState<Similar | null>(null);
  const [status, setStatus] = useState<"idle" | "loading" | "error">("idle");
  const seq = useRef(0);

  useEffect(() => {
    const mine = ++seq.current;
    if (tooShort) return;
    const timer = setTimeout(async () => {
      setStatus("loading");
      try {
        const r = await findSimilarForDraftAction({ text });
        if (mine !== seq.current) return; // a newer keystroke has its own request
        if (r.ok) {
          setFound(r.data);
          setStatus("idle");
        } else setStatus("error");
      } catch {
        if (mine === seq.current) setStatus("error");
      }
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, tooShort]);

  // With the title and situation cleared, old results would mislead; show the hint instead.
  const result = tooShort ? null : found;
  const shownStatus = tooShort ? "idle" : status;
  const empty = result && result.cases.length === 0 && result.challenges.length === 0;
  return (
    <section
      aria-labelledby="similar-heading"
      className="rounded border border-stone-200 bg-white p-4"
      data-testid="similar-panel"
    >
      <h2 id="similar-heading" className="font-bold text-brand-800">
        {t("heading")}
      </h2>
      <p className="mt-1 text-sm text-stone-700">{t("lead")}</p>
      {/* Only the outcome is announced, not every list change, so a screen reader is not interrupted while typing. */}
      <p aria-live="polite" className="mt-2 text-sm text-stone-700">
        {shownStatus === "loading" ? (
          t("loading")
        ) : shownStatus === "error" ? (
          t("error")
        ) : !result ? (
          t("empty")
        ) : empty ? (
          t("none")
        ) : (
          <span className="sr-only">
            {t("found", { cases: result.cases.length, challenges: result.challenges.length })}
          </span>
        )}
      </p>
      {result && !empty ? (
        <div className={`mt-2 space-y-4 ${shownStatus === "loading" ? "opacity-60" : ""}`}>
          {result.cases.length ? (
            <div>
              <h3 className="text-sm font-bold">{t("cases")}</h3>
              <ul className="mt-1 space-y-1" data-testid="similar-cases">
                {result.cases.map((c) => (
                  <li key={c.id}>
                    <NewTabLink href={c.href} label={c.title} note={t("newTab")} />
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          {result.challenges.length ? (
            <div>
              <h3 className="text-sm font-bold">{t("challenges")}</h3>
              <ul className="mt-1 space-y-1" data-testid="similar-challenges">
                {result.challenges.map((c) => (
                  <li key={c.id}>
                    <NewTabLink href={c.href} label={c.title} note={t("newTab")} />
                    <span className="block text-xs text-stone-600">{c.municipalityName}</span>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}

function NewTabLink({ href, label, note }: { href: string; label: string; note: string }) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" className="inline-block py-1 text-sm leading-snug">
      {label}
      <span aria-hidden="true"> ↗</span>
      <span className="sr-only">{note}</span>
    </a>
  );
}
