import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { PeerStatus } from "@/lib/peer/schema";

const tones = { OPEN: "warning", ANSWERED: "brand", CLOSED: "neutral" } as const;

/** 回答待ち / 回答あり / 終了. */
export async function StatusBadge({ status }: { status: PeerStatus }) {
  const t = await getTranslations("peer.status");
  return (
    <span data-testid="peer-status">
      <Badge tone={tones[status]}>{t(status)}</Badge>
    </span>
  );
}
