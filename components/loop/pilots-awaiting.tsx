import { getTranslations } from "next-intl/server";
import Link from "@/components/ui/link";
import { Notice } from "@/components/ui/notice";
import type { SessionUser } from "@/lib/auth/session";
import { listPilotsAwaiting } from "@/lib/pilots/queries";

/** One line on the department's inbox: its pilots waiting for its agreement or a review; nothing when none. */
export async function PilotsAwaiting({ user }: { user: SessionUser }) {
  const pilots = await listPilotsAwaiting(user);
  if (pilots.length === 0) return null;
  const t = await getTranslations("pilots.list");
  const href = pilots.length === 1 ? `/pilots/${pilots[0].id}` : "/pilots";
  return (
    <Notice tone="info" role="status" data-testid="inbox-pilots">
      <Link href={href}>{t("awaiting", { count: pilots.length })}</Link>
    </Notice>
  );
}
