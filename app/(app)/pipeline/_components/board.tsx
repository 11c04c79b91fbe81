"use client";
import { useEffect, useMemo, useState, useSyncExternalStore } from "react";
import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  useDroppable,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
  type KeyboardCoordinateGetter,
} from "@dnd-kit/core";
import { useTranslations } from "next-intl";
import type { BoardColumn, MatchCard } from "@/lib/matches/queries";
import { ALL_STAGES, type Stage } from "@/lib/matches/stages";
import { BoardCard } from "./board-card";
import { useMove } from "./use-move";

// Keyboard moves jump a whole column per arrow key (stage order, not pixels), so a keyboard user
// needs exactly one key per stage, whatever the layout (six columns side by side, or stacked on a phone).
const columnJumper: KeyboardCoordinateGetter = (event, { context, currentCoordinates }) => {
  if (
    event.code !== "ArrowRight" &&
    event.code !== "ArrowLeft" &&
    event.code !== "ArrowDown" &&
    event.code !== "ArrowUp"
  )
    return undefined;
  event.preventDefault();
  // Before the first collision is computed, `over` is still empty: start from the card's own column.
  const from = context.over?.id ?? (context.active ? context.active.data.current?.stage : undefined);
  const i = from ? ALL_STAGES.indexOf(from as Stage) : -1;
  const j = i + (event.code === "ArrowRight" || event.code === "ArrowDown" ? 1 : -1);
  if (i < 0 || j < 0 || j >= ALL_STAGES.length) return currentCoordinates;
  const rect = context.droppableRects.get(ALL_STAGES[j]);
  return rect ? { x: rect.left + 8, y: rect.top + 8 } : currentCoordinates;
};

const KEYBOARD = { coordinateGetter: columnJumper };
const noop = () => () => {};
/** true once hydrated (drag handles work from then on); tests wait for it. */
const useHydrated = () =>
  useSyncExternalStore(
    noop,
    () => true,
    () => false,
  );
const POINTER = { activationConstraint: { distance: 6 } };
// Scroll the window only when the pointer is really at its top or bottom edge: the columns fit the width.
const AUTO_SCROLL = { threshold: { x: 0, y: 0.08 } };

// Mouse: the column under the pointer. Keyboard: the column under the card's top-left corner.
const collision: CollisionDetection = (args) => {
  if (args.pointerCoordinates) return pointerWithin(args);
  const x = args.collisionRect.left + 4;
  const y = args.collisionRect.top + 4;
  for (const c of args.droppableContainers) {
    const r = args.droppableRects.get(c.id);
    if (r && x >= r.left && x <= r.right && y >= r.top && y <= r.bottom)
      return [{ id: c.id, data: { droppableContainer: c, value: 0 } }];
  }
  return [];
};

function Column({
  column,
  count,
  hidden,
  children,
}: {
  column: BoardColumn;
  count: number;
  hidden: number;
  children: React.ReactNode;
}) {
  const t = useTranslations("matches.board");
  const tp = useTranslations("pipeline.stage");
  const { setNodeRef, isOver } = useDroppable({ id: column.stage });
  const declined = column.stage === "DECLINED";
  return (
    <section
      ref={setNodeRef}
      aria-labelledby={`col-${column.stage}`}
      data-testid={`column-${column.stage}`}
      data-over={isOver ? "true" : undefined}
      className={`flex min-w-0 flex-col rounded border-2 p-2 ${isOver ? "border-brand-700 bg-brand-50" : declined ? "border-transparent bg-stone-200" : "border-transparent bg-stone-100"}`}
    >
      <h2 id={`col-${column.stage}`} className="mb-2 flex items-baseline justify-between gap-2 px-1 font-bold">
        <span>{tp(column.stage)}</span>
        <span className="text-sm font-normal text-stone-700">{t("columnCount", { count })}</span>
      </h2>
      <ul className="flex flex-1 flex-col gap-2">{children}</ul>
      {count === 0 ? <p className="px-1 py-4 text-center text-sm text-stone-700">{t("empty")}</p> : null}
      {hidden > 0 ? <p className="mt-2 px-1 text-sm text-stone-700">{t("more", { count: hidden })}</p> : null}
    </section>
  );
}

/** The kanban. Staff get the same board without any way to move (readOnly). */
export function Board({ columns, readOnly }: { columns: BoardColumn[]; readOnly: boolean }) {
  const t = useTranslations("matches");
  const tp = useTranslations("pipeline.stage");
  // Moves show at once; the override is dropped as soon as the refreshed server data is as new.
  const [overrides, setOverrides] = useState<Record<string, { stage: Stage; version: number }>>({});
  const [declining, setDeclining] = useState<string | null>(null);
  const hydrated = useHydrated();
  const [status, setStatus] = useState("");
  const [focusReq, setFocusReq] = useState<{ id: string; n: number } | null>(null);
  const cards = useMemo(
    () =>
      columns
        .flatMap((c) => c.cards)
        .map((c): MatchCard => {
          const o = overrides[c.id];
          return o && o.version > c.version ? { ...c, ...o } : c;
        }),
    [columns, overrides],
  );
  const byId = useMemo(() => new Map(cards.map((c) => [c.id, c])), [cards]);
  const counts = new Map(
    columns.map((col) => [col.stage, cards.filter((c) => c.stage === col.stage).length + col.total - col.cards.length]),
  );

  const { move, pending, error, clearError } = useMove((id, stage, version) => {
    setOverrides((o) => ({ ...o, [id]: { stage, version } }));
    setStatus(t("move.moved", { name: byId.get(id)?.company.name ?? "", stage: tp(stage) }));
    setFocusReq((f) => ({ id, n: (f?.n ?? 0) + 1 }));
  });
  // The moved card is re-rendered in another column: give the keyboard focus back to it.
  useEffect(() => {
    if (focusReq)
      document.querySelector<HTMLElement>(`[data-match-id="${focusReq.id}"] [data-testid="drag-handle"]`)?.focus();
  }, [focusReq]);

  const requestMove = (card: MatchCard, to: Stage) => {
    if (to === card.stage) return;
    clearError();
    if (to === "DECLINED") return setDeclining(card.id);
    setDeclining(null);
    move(card, to);
  };

  const sensors = useSensors(useSensor(PointerSensor, POINTER), useSensor(KeyboardSensor, KEYBOARD));
  const nameOf = (id: string | number) => byId.get(String(id))?.company.name ?? "";
  const announcements: Announcements = {
    onDragStart: ({ active }) =>
      t("dnd.start", { name: nameOf(active.id), stage: tp(byId.get(String(active.id))?.stage ?? "INTEREST") }),
    onDragOver: ({ over }) => (over ? t("dnd.over", { stage: tp(over.id as Stage) }) : t("dnd.outside")),
    onDragEnd: ({ active, over }) =>
      over
        ? t("dnd.end", { name: nameOf(active.id), stage: tp(over.id as Stage) })
        : t("dnd.endNone", { name: nameOf(active.id) }),
    onDragCancel: ({ active }) => t("dnd.cancel", { name: nameOf(active.id) }),
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const card = byId.get(String(active.id));
    if (card && over) requestMove(card, over.id as Stage);
  };

  const grid = (
    <div
      className="grid gap-3 sm:grid-cols-2 lg:grid-cols-6"
      role="region"
      aria-label={t("board.region")}
      data-testid="board"
      data-hydrated={hydrated ? "true" : undefined}
    >
      {columns.map((col) => {
        const inCol = cards.filter((c) => c.stage === col.stage);
        const hidden = col.total - col.cards.length;
        return (
          <Column key={col.stage} column={col} count={counts.get(col.stage) ?? inCol.length} hidden={hidden}>
            {inCol.map((card) => (
              <li key={card.id}>
                <BoardCard
                  card={card}
                  readOnly={readOnly}
                  pending={pending}
                  error={error?.id === card.id ? error : null}
                  declining={declining === card.id}
                  onMove={(to) => requestMove(card, to)}
                  onCancelDecline={() => setDeclining(null)}
                  onDecline={(v) => move(card, "DECLINED", v, () => setDeclining(null))}
                />
              </li>
            ))}
          </Column>
        );
      })}
    </div>
  );
  return (
    <>
      {/* On a phone the columns are stacked: jump links save scrolling past every card. */}
      <nav aria-label={t("board.jump")} className="mb-3 flex flex-wrap gap-2 lg:hidden">
        {columns.map((col) => (
          <a
            key={col.stage}
            href={`#col-${col.stage}`}
            className="inline-flex min-h-11 items-center rounded border border-stone-300 bg-white px-3 text-sm no-underline hover:bg-stone-100"
          >
            {tp(col.stage)}（{counts.get(col.stage)}）
          </a>
        ))}
      </nav>
      <p
        role="status"
        aria-live="polite"
        data-testid="board-status"
        className={status ? "mb-3 rounded border border-green-300 bg-green-50 p-2 text-green-900" : "sr-only"}
      >
        {status}
      </p>
      {readOnly ? (
        grid
      ) : (
        <DndContext
          id="pipeline-board"
          sensors={sensors}
          collisionDetection={collision}
          onDragEnd={onDragEnd}
          autoScroll={AUTO_SCROLL}
          accessibility={{ announcements, screenReaderInstructions: { draggable: t("dnd.instructions") } }}
        >
          {grid}
        </DndContext>
      )}
    </>
  );
}
