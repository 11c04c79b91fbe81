"use client";
import Link from "@/components/ui/link";
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
  /** This card is being dragged: the board draws a copy above the page, the original stays dimmed in place. */
  dragging: boolean;
  error: MoveError | null;
  declining: boolean;
  onMove: (to: Stage) => void;
  onDecline: (v: { declineReason: string; declineNote?: string }) => void;
  onCancelDecline: () => void;
};

/** One match on the board, kept short (long texts clamp; the detail page has them in full) so a column shows many. */
export function BoardCard(props: Props) {
  const { card, readOnly, pending, dragging, error, declining, onMove, onDecline, onCancelDecline } = props;
  const t = useTranslations("matches");
  const tp = useTranslations("pipeline");
  const locale = useLocale();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef } = useDraggable({
    id: card.id,
    data: { stage: card.stage },
    disabled: readOnly || pending,
    attributes: { roleDescription: t("dnd.roleDescription") },
  });
  const name = card.company.name;
  const place = `${card.municipality.name}${card.department ? ` ${card.department.name}` : ""}`;
  const challenge = card.challenge?.title ?? t("card.noChallenge");
  return (
    <article
      ref={setNodeRef}
      data-testid="match-card"
      data-match-id={card.id}
      aria-labelledby={`card-title-${card.id}`}
      className={`relative rounded border bg-white p-2 text-sm shadow-sm ${dragging ? "border-brand-700 opacity-50" : "border-stone-200"} ${card.stale ? "border-l-4 border-l-amber-500" : ""}`}
    >
      <div className="flex items-start gap-1">
        <h3 id={`card-title-${card.id}`} className="min-w-0 flex-1 break-words font-bold leading-snug">
          <Link href={`/pipeline/${card.id}`} aria-label={t("card.openLabel", { name })}>
            {name}
          </Link>
        </h3>
        {!readOnly ? (
          <button
            type="button"
            ref={setActivatorNodeRef}
            {...attributes}
            {...listeners}
            title={t("card.dragText")}
            data-testid="drag-handle"
            className="-m-1 inline-flex min-h-11 min-w-11 shrink-0 cursor-grab touch-none items-center justify-center rounded border border-dashed border-stone-400 bg-stone-50 text-lg text-stone-700 hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-brand-700 active:cursor-grabbing"
          >
            <span aria-hidden="true">⠿</span>
            <span className="sr-only">
              {t("card.dragText")}（{name}）
            </span>
          </button>
        ) : null}
      </div>
      <p className="line-clamp-1 break-words text-xs text-stone-700" title={place}>
        {place}
      </p>
      <p className="mt-1 line-clamp-2 break-words" title={challenge}>
        {challenge}
      </p>
      {card.stale || card.metDepartment || card.contentOrganized || card.targetFiscalYear ? (
        <div className="mt-1 flex flex-wrap gap-1">
          {card.stale ? <Badge tone="warning">{tp("stale")}</Badge> : null}
          {card.metDepartment ? <Badge tone="brand">{tp("flags.metDepartment")}</Badge> : null}
          {card.contentOrganized ? <Badge tone="brand">{tp("flags.contentOrganized")}</Badge> : null}
          {card.targetFiscalYear ? <Badge>{t("card.fy", { fy: card.targetFiscalYear })}</Badge> : null}
        </div>
      ) : null}
      {card.stage === "DECLINED" && card.declineReason ? (
        <p className="mt-1 text-xs text-stone-700">
          {t("card.declineReason", { reason: tp(`declineReason.${card.declineReason}`) })}
        </p>
      ) : null}
      {card.nextAction ? (
        <p className="mt-1 line-clamp-2 break-words text-xs">
          {t("card.nextAction", { action: card.nextAction })}
          {card.nextActionOn ? t("card.due", { date: formatDate(card.nextActionOn, locale) }) : ""}
        </p>
      ) : null}
      <p className="mt-1 text-xs text-stone-700">
        {card.coordinator ? t("card.coordinator", { name: card.coordinator.name }) : t("card.unassigned")}
      </p>
      {!readOnly ? (
        <MovePanel
          id={card.id}
          name={name}
          stage={card.stage}
          pending={pending}
          error={error}
          declining={declining}
          compact
          onMove={onMove}
          onDecline={onDecline}
          onCancelDecline={onCancelDecline}
        />
      ) : null}
    </article>
  );
}
