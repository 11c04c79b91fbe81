"use client";
import Link from "next/link";
import { useDraggable } from "@dnd-kit/core";
import { useLocale, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { formatDate } from "@/lib/format";
import type { MatchCard } from "@/lib/matches/queries";
import { MovePanel } from "./move-panel";
import type { MoveError } from "./use-move";
import type { Stage } from "@/lib/matches/stages";

type Props = {
  card: MatchCard;
  readOnly: boolean;
  pending: boolean;
  error: MoveError | null;
  declining: boolean;
  onMove: (to: Stage) => void;
  onDecline: (v: { declineReason: string; declineNote?: string }) => void;
  onCancelDecline: () => void;
};

export function BoardCard({ card, readOnly, pending, error, declining, onMove, onDecline, onCancelDecline }: Props) {
  const t = useTranslations("matches");
  const tp = useTranslations("pipeline");
  const locale = useLocale();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, isDragging } = useDraggable({
    id: card.id,
    data: { stage: card.stage },
    disabled: readOnly || pending,
    attributes: { roleDescription: t("dnd.roleDescription") },
  });
  const style = transform ? { transform: `translate3d(${transform.x}px, ${transform.y}px, 0)` } : undefined;
  const name = card.company.name;
  return (
    <article
      ref={setNodeRef}
      style={style}
      data-testid="match-card"
      data-match-id={card.id}
      aria-labelledby={`card-title-${card.id}`}
      className={`relative rounded border bg-white p-3 text-sm shadow-sm ${isDragging ? "z-20 border-brand-700 shadow-lg" : "border-stone-200"} ${card.stale ? "border-l-4 border-l-amber-500" : ""}`}
    >
      <h3 id={`card-title-${card.id}`} className="break-words text-base font-bold leading-snug">
        <Link href={`/pipeline/${card.id}`} aria-label={t("card.openLabel", { name })}>
          {name}
        </Link>
      </h3>
      <p className="mt-1 break-words text-stone-700">
        {card.municipality.name}
        {card.department ? ` ${card.department.name}` : ""}
      </p>
      <p className="mt-1 break-words">{card.challenge?.title ?? t("card.noChallenge")}</p>
      <div className="mt-2 flex flex-wrap gap-1">
        {card.stale ? <Badge tone="warning">{tp("stale")}</Badge> : null}
        {card.metDepartment ? <Badge tone="brand">{tp("flags.metDepartment")}</Badge> : null}
        {card.contentOrganized ? <Badge tone="brand">{tp("flags.contentOrganized")}</Badge> : null}
        {card.targetFiscalYear ? <Badge>{t("card.fy", { fy: card.targetFiscalYear })}</Badge> : null}
      </div>
      {card.stage === "DECLINED" && card.declineReason ? (
        <p className="mt-2 text-stone-700">
          {t("card.declineReason", { reason: tp(`declineReason.${card.declineReason}`) })}
        </p>
      ) : null}
      {card.nextAction ? (
        <p className="mt-2 break-words">
          {t("card.nextAction", { action: card.nextAction })}
          {card.nextActionOn ? t("card.due", { date: formatDate(card.nextActionOn, locale) }) : ""}
        </p>
      ) : null}
      <p className="mt-1 text-stone-700">
        {card.coordinator ? t("card.coordinator", { name: card.coordinator.name }) : t("card.unassigned")}
      </p>
      {!readOnly ? (
        <>
          <button
            type="button"
            ref={setActivatorNodeRef}
            {...attributes}
            {...listeners}
            data-testid="drag-handle"
            className="mt-2 flex min-h-11 w-full cursor-grab touch-none items-center justify-center gap-1 rounded border border-dashed border-stone-400 bg-stone-50 text-stone-700 hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-brand-700 active:cursor-grabbing"
          >
            <span aria-hidden="true">⠿</span> {t("card.dragText")}
            <span className="sr-only">（{name}）</span>
          </button>
          <MovePanel
            id={card.id}
            name={name}
            stage={card.stage}
            pending={pending}
            error={error}
            declining={declining}
            stacked
            onMove={onMove}
            onDecline={onDecline}
            onCancelDecline={onCancelDecline}
          />
        </>
      ) : null}
    </article>
  );
}
