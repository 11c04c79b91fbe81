"use client";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { ConfirmDialog } from "./confirm-dialog";

/**
 * Warns before the clerk leaves with input that is not saved: the browser's own question when the
 * tab is closed or reloaded (beforeunload), and an in-page one for links inside the app, which the
 * App Router follows without unloading the page. A draft first tries to save; only when that fails
 * (offline, conflict) is there anything to ask.
 */
export function LeaveGuard({ unsaved, saveFirst }: { unsaved: () => boolean; saveFirst?: () => Promise<boolean> }) {
  const t = useTranslations("challenges.wizard.leave");
  const router = useRouter();
  const [target, setTarget] = useState<string | null>(null);
  const latest = useRef({ unsaved, saveFirst });
  const leaving = useRef(false);
  useEffect(() => {
    latest.current = { unsaved, saveFirst };
  });

  useEffect(() => {
    const beforeUnload = (e: BeforeUnloadEvent) => {
      if (leaving.current || !latest.current.unsaved()) return;
      e.preventDefault();
      // Older browsers show the question only when returnValue is set.
      e.returnValue = "";
    };
    // Capture on window runs before React's listener on the document, so Next's <Link> never sees the click.
    const click = (e: MouseEvent) => {
      if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      const a = (e.target as Element | null)?.closest?.("a[href]");
      if (!(a instanceof HTMLAnchorElement) || a.target === "_blank" || a.hasAttribute("download")) return;
      const url = new URL(a.href, location.href);
      if (url.origin !== location.origin || (url.pathname === location.pathname && url.search === location.search))
        return;
      if (leaving.current || !latest.current.unsaved()) return;
      e.preventDefault();
      e.stopPropagation();
      const href = url.pathname + url.search + url.hash;
      const { saveFirst } = latest.current;
      void (saveFirst ? saveFirst() : Promise.resolve(false)).then((ok) => {
        if (ok && !latest.current.unsaved()) go(href);
        else setTarget(href);
      });
    };
    const go = (href: string) => {
      leaving.current = true;
      router.push(href);
    };
    window.addEventListener("beforeunload", beforeUnload);
    window.addEventListener("click", click, true);
    return () => {
      window.removeEventListener("beforeunload", beforeUnload);
      window.removeEventListener("click", click, true);
    };
  }, [router]);

  return (
    <ConfirmDialog
      open={target !== null}
      title={t("title")}
      confirmLabel={t("go")}
      cancelLabel={t("stay")}
      testId="leave-dialog"
      onCancel={() => setTarget(null)}
      onConfirm={() => {
        const href = target;
        setTarget(null);
        if (!href) return;
        leaving.current = true;
        router.push(href);
      }}
    >
      {t("body")}
    </ConfirmDialog>
  );
}
