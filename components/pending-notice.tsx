import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";

// What a signed-up clerk whose affiliation is not yet confirmed may already use: public pages and their
// own account. Everything else (posting, the directory, messages, the pipeline) waits for approval, and the
// queries behind those pages refuse pending accounts whatever this notice says.
const AVAILABLE = [
  { key: "cases", href: "/cases" },
  { key: "challenges", href: "/challenges" },
  { key: "search", href: "/search" },
  { key: "account", href: "/settings/account" },
  { key: "alerts", href: "/settings/alerts" },
] as const;

/**
 * The one 承認待ち notice: on a page that needs approval (`page`, the page's own h1) and on the dashboard
 * (`dashboard`, under its h1). Says how long approval takes, that a mail follows, and what works meanwhile.
 */
export async function PendingNotice({ on = "page" }: { on?: "page" | "dashboard" }) {
  const t = await getTranslations("pending");
  const Title = on === "page" ? "h1" : "h2";
  const Sub = on === "page" ? "h2" : "h3";
  return (
    <div className={`space-y-4 ${on === "page" ? "mx-auto max-w-2xl" : ""}`} data-testid="pending-notice">
      <Notice as="div" tone="warning">
        <Title className="text-xl font-bold">{t("title")}</Title>
        {on === "page" ? <p className="mt-2 font-medium">{t("thisPage")}</p> : null}
        <p className="mt-2">{t("body")}</p>
      </Notice>
      <section aria-labelledby="pending-meanwhile">
        <Sub id="pending-meanwhile" className="text-lg font-bold">
          {t("meanwhile")}
        </Sub>
        <ul className="mt-3 grid gap-3 sm:grid-cols-2">
          {AVAILABLE.map(({ key, href }) => (
            <li key={key}>
              <Link
                href={href}
                className="block h-full rounded-lg border-2 border-stone-300 bg-white p-4 no-underline hover:border-brand-700"
              >
                <span className="block font-bold text-brand-800">{t(`can.${key}.title`)}</span>
                <span className="mt-1 block text-sm text-stone-800">{t(`can.${key}.body`)}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
