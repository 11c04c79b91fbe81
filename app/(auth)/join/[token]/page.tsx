import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { PageTitle } from "@/components/ui/page-header";
import { PASSWORD_MIN } from "@/lib/accounts/schema";
import { findOpenInvitation } from "@/lib/desk/invitations-join";
import { JoinForm } from "./_components/join-form";

export async function generateMetadata() {
  const t = await getTranslations("desk.join");
  return { title: t("meta") };
}

/**
 * The desk's e-mailed link lands here. Opening it changes nothing (mail scanners fetch links); the form creates
 * the account. An unknown, used, revoked or expired link gets one and the same answer.
 */
export default async function JoinPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [t, ts, inv] = await Promise.all([
    getTranslations("desk.join"),
    getTranslations("auth.signup"),
    findOpenInvitation(token),
  ]);
  return (
    <div className="mx-auto max-w-md">
      <PageTitle>{t("title")}</PageTitle>
      <Card padding="lg" className="mt-6">
        {!inv ? (
          <Notice tone="error" role="alert" data-testid="join-invalid">
            {t("invalid")}
          </Notice>
        ) : (
          <>
            <p>{t("lead", { municipality: inv.municipality })}</p>
            <dl className="mt-4 grid grid-cols-[6rem_1fr] gap-x-3 gap-y-1" data-testid="join-invitation">
              <dt className="font-medium text-stone-700">{t("municipality")}</dt>
              <dd>{inv.municipality}</dd>
              <dt className="font-medium text-stone-700">{t("department")}</dt>
              <dd>{inv.department ?? t("noDepartment")}</dd>
              {inv.callTitle ? (
                <>
                  <dt className="font-medium text-stone-700">{t("call")}</dt>
                  <dd>{inv.callTitle}</dd>
                </>
              ) : null}
              <dt className="font-medium text-stone-700">{t("email")}</dt>
              <dd className="break-all">{inv.email}</dd>
            </dl>
            <JoinForm
              token={token}
              texts={{
                name: t("name"),
                password: ts("password"),
                passwordHint: ts("passwordHint", { min: PASSWORD_MIN }),
                required: ts("required"),
                submit: t("submit"),
                submitting: t("submitting"),
                afterNote: t("afterNote"),
                invalid: t("invalid"),
                alreadyRegistered: t("alreadyRegistered"),
                done: t("done"),
                toSignin: t("toSignin"),
              }}
            />
          </>
        )}
      </Card>
    </div>
  );
}
