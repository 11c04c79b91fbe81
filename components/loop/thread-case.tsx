import { getTranslations } from "next-intl/server";
import type { SessionUser } from "@/lib/auth/session";
import { getThreadCase } from "@/lib/case-approval/queries";
import Link from "@/components/ui/link";
import { Card } from "@/components/ui/card";

/** On the company's thread page: a case about the thread's match, and whether it waits for the company's answer. */
export async function ThreadCase({ threadId, user }: { threadId: string; user: SessionUser | null }) {
  const c = await getThreadCase(user, threadId);
  if (!c) return null;
  const t = await getTranslations("case-approval");
  const status = c.published ? t("status.published") : t(`status.${c.companyApproval ?? "DRAFT"}`);
  const waiting = !c.published && c.companyApproval === "REQUESTED";
  return (
    <Card
      as="section"
      aria-labelledby="thread-case-heading"
      className={`space-y-2 ${waiting ? "border-amber-300 bg-amber-50" : ""}`}
      data-testid="thread-case"
    >
      <h2 id="thread-case-heading" className="text-lg font-bold">
        {t("thread.title")}
      </h2>
      {waiting ? <p className="break-words">{t("thread.waiting", { title: c.title })}</p> : null}
      <p className="break-words">{t("thread.status", { status })}</p>
      <p>
        <Link href={`/cases/${c.id}/approval`} className="inline-flex min-h-11 items-center font-medium">
          {t("thread.open")}
        </Link>
      </p>
    </Card>
  );
}
