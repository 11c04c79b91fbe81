import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { CompanySignupForm } from "./_components/company-signup-form";
import { StaffSignupForm } from "./_components/staff-signup-form";
import { Card } from "@/components/ui/card";
import { PageTitle } from "@/components/ui/page-header";
import { safeCallbackUrl } from "@/lib/accounts/schema";

export async function generateMetadata() {
  const t = await getTranslations("auth.signup");
  return { title: t("title") };
}

const KINDS = ["staff", "company"] as const;
type Kind = (typeof KINDS)[number];

export default async function SignUpPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const t = await getTranslations("auth.signup");
  const params = await searchParams;
  const raw = params.type;
  // The page to come back to after sign-in (e.g. a challenge's interest form); kept on every link of this page.
  const back = safeCallbackUrl(params.callbackUrl);
  const withBack = (href: string) =>
    back ? `${href}${href.includes("?") ? "&" : "?"}callbackUrl=${encodeURIComponent(back)}` : href;
  const kind = KINDS.find((k) => k === (Array.isArray(raw) ? raw[0] : raw));
  const cards: { kind: Kind; title: string; body: string }[] = [
    { kind: "staff", title: t("staffCard"), body: t("staffCardBody") },
    { kind: "company", title: t("companyCard"), body: t("companyCardBody") },
  ];
  return (
    <div className="mx-auto max-w-2xl">
      <PageTitle>{t("title")}</PageTitle>
      <p className="mt-2">{t("lead")}</p>
      <nav aria-label={t("chooseLabel")} className="mt-4">
        <ul className="grid gap-3 sm:grid-cols-2">
          {cards.map((c) => {
            const active = c.kind === kind;
            return (
              <li key={c.kind}>
                <Link
                  href={withBack(`/signup?type=${c.kind}`)}
                  aria-current={active ? "page" : undefined}
                  data-testid={`signup-kind-${c.kind}`}
                  className={`block h-full rounded-lg border-2 p-4 text-stone-900 no-underline hover:border-brand-700 ${active ? "border-brand-700 bg-brand-50" : "border-stone-300 bg-white"}`}
                >
                  <span className="flex items-center justify-between gap-2 text-lg font-bold text-brand-800">
                    {c.title}
                    {active ? (
                      <span className="rounded bg-brand-700 px-2 py-0.5 text-xs font-medium text-white">
                        {t("selected")}
                      </span>
                    ) : null}
                  </span>
                  <span className="mt-1 block text-sm text-stone-800">{c.body}</span>
                  {active ? null : <span className="mt-2 block font-medium text-brand-700">{t("choose")} ›</span>}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      {kind ? (
        <Card as="section" aria-labelledby="signup-form-title" padding="lg" className="mt-6">
          <h2 id="signup-form-title" className="mb-4 text-xl font-bold">
            {kind === "staff" ? t("staffCard") : t("companyCard")}
          </h2>
          {kind === "staff" ? <StaffSignupForm /> : <CompanySignupForm returnTo={back ?? undefined} />}
        </Card>
      ) : null}
      <p className="mt-6">
        {t("haveAccount")}：
        <Link href={withBack("/signin")} className="underline">
          {t("toSignin")}
        </Link>
      </p>
    </div>
  );
}
