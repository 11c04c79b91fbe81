"use client";
import { useEffect, useMemo, useState, useSyncExternalStore } from "react";
import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  useDroppable,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
  type DragStartEvent,
  type KeyboardCoordinateGetter,
} from "@dnd-kit/core";
import Link from "@/components/ui/link";
import { useTranslations } from "next-intl";
import type { BoardColumn, MatchCard } from "@/lib/matches/queries";
import { ALL_STAGES, type Stage } from "@/lib/matches/stages";
import { BoardCard } from "./board-card";
import { useCollapsed } from "./use-collapsed";
import { useMove } from "./use-move";

// Keyboard moves jump a whole column per arrow key (stage order, not pixels), so a keyboard user
// needs exactly one key per stage, whatever the layout (all columns in view, or a strip scrolling sideways on a phone).
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
// Scroll only when the pointer is really near an edge: a column's list, the board sideways on a phone, the window.
const AUTO_SCROLL = { threshold: { x: 0.08, y: 0.08 } };

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
  tableHref,
  collapsed,
  onToggle,
  children,
}: {
  column: BoardColumn;
  count: number;
  hidden: number;
  tableHref: string;
  collapsed: boolean;
  onToggle: () => void;
  children: React.ReactNode;
}) {
  const t = useTranslations("matches.board");
  const tp = useTranslations("pipeline.stage");
  const { setNodeRef, isOver } = useDroppable({ id: column.stage });
  const declined = column.stage === "DECLINED";
  const stage = tp(column.stage);
  const listId = `col-list-${column.stage}`;
  // A folded column stays a drop target (a card can still be dragged to 見送り); it only hides its cards.
  return (
    <section
      ref={setNodeRef}
      aria-labelledby={`col-${column.stage}`}
      data-testid={`column-${column.stage}`}
      data-over={isOver ? "true" : undefined}
      data-collapsed={collapsed ? "true" : undefined}
      className={`flex shrink-0 snap-start flex-col rounded border-2 p-2 ${collapsed ? "w-40 lg:w-36" : "w-[80vw] max-w-80 sm:w-72 lg:w-auto lg:max-w-none lg:min-w-0 lg:flex-1"} ${isOver ? "border-brand-700 bg-brand-50" : declined ? "border-transparent bg-stone-200" : "border-transparent bg-stone-100"}`}
    >
      <div className="mb-2 flex items-start justify-between gap-1 px-1">
        <h2 id={`col-${column.stage}`} className="min-w-0 font-bold leading-snug">
          {stage}
          <span className="ml-1 whitespace-nowrap text-sm font-normal text-stone-700">
            {t("columnCount", { count })}
          </span>
        </h2>
        <button
          type="button"
          onClick={onToggle}
          aria-expanded={!collapsed}
          aria-controls={collapsed ? undefined : listId}
          data-testid="column-toggle"
          className="-my-2 -mr-1 inline-flex min-h-11 min-w-11 shrink-0 items-center justify-center rounded text-sm text-stone-700 hover:bg-white"
        >
          <span aria-hidden="true">{collapsed ? "▸" : "▾"}</span>
          <span className="sr-only">{collapsed ? t("expand", { stage }) : t("collapse", { stage })}</span>
        </button>
      </div>
      {collapsed ? (
        <button
          type="button"
          onClick={onToggle}
          className="min-h-11 rounded border border-stone-300 bg-white px-2 text-sm hover:bg-stone-50"
        >
          {t("show", { count })}
        </button>
      ) : (
        <>
          {/* Each column scrolls on its own, so the page stays about one screen tall however many cards there are. */}
          <ul
            id={listId}
            data-testid="column-list"
            className="-mx-1 flex max-h-[70vh] flex-1 flex-col gap-2 overflow-y-auto px-1 lg:max-h-[calc(100vh-9rem)]"
          >
            {children}
          </ul>
          {count === 0 ? <p className="px-1 py-4 text-center text-sm text-stone-700">{t("empty")}</p> : null}
          {hidden > 0 ? (
            <p className="mt-2 px-1 text-sm">
              <Link href={tableHref}>{t("more", { count: hidden })}</Link>
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}

/** The kanban. Staff get the same board without any way to move (readOnly). */
export function Board({
  columns,
  readOnly,
  query,
}: {
  columns: BoardColumn[];
  readOnly: boolean;
  /** The current filters as URL parameters, for the 「表で見る」 link of a full column. */
  query: Record<string, string>;
}) {
  const t = useTranslations("matches");
  const tp = useTranslations("pipeline.stage");
  // Moves show at once; the override is dropped as soon as the refreshed server data is as new.
  const [overrides, setOverrides] = useState<Record<string, { stage: Stage; version: number }>>({});
  const [declining, setDeclining] = useState<string | null>(null);
  const hydrated = useHydrated();
  const [status, setStatus] = useState("");
  const [focusReq, setFocusReq] = useState<{ id: string; n: number } | null>(null);
  const [dragging, setDragging] = useState<string | null>(null);
  const { collapsed, set: setCollapsed } = useCollapsed();
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
    // A card moved into a folded column opens it: the mover sees the card land, and the focus can follow it.
    setCollapsed(stage, false);
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
    setDragging(null);
    const card = byId.get(String(active.id));
    if (card && over) requestMove(card, over.id as Stage);
  };

  const tableHref = (stage: Stage) => `/pipeline?${new URLSearchParams({ ...query, stage, view: "table" })}`;
  const draggingCard = dragging ? byId.get(dragging) : undefined;

  // Below lg the columns sit side by side in a strip that scrolls sideways (the next column peeks in);
  // from lg on they share the width, which is wider than the page text (up to 88rem) so six columns stay readable.
  const grid = (
    <div
      className="relative flex snap-x gap-3 overflow-x-auto pb-2 lg:ml-[calc(50%_-_min(50vw_-_1.5rem,_44rem))] lg:w-[min(100vw_-_3rem,_88rem)] lg:snap-none"
      role="region"
      aria-label={t("board.region")}
      data-testid="board"
      data-hydrated={hydrated ? "true" : undefined}
    >
      {columns.map((col) => {
        const inCol = cards.filter((c) => c.stage === col.stage);
        const hidden = col.total - col.cards.length;
        return (
          <Column
            key={col.stage}
            column={col}
            count={counts.get(col.stage) ?? inCol.length}
            hidden={hidden}
            tableHref={tableHref(col.stage)}
            collapsed={collapsed.has(col.stage)}
            onToggle={() => setCollapsed(col.stage, !collapsed.has(col.stage))}
          >
            {inCol.map((card) => (
              <li key={card.id}>
                <BoardCard
                  card={card}
                  readOnly={readOnly}
                  dragging={dragging === card.id}
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
      {/* On a phone the columns scroll sideways: jump links reach a column without swiping past the others. */}
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
          onDragStart={({ active }: DragStartEvent) => setDragging(String(active.id))}
          onDragEnd={onDragEnd}
          onDragCancel={() => setDragging(null)}
          autoScroll={AUTO_SCROLL}
          accessibility={{ announcements, screenReaderInstructions: { draggable: t("dnd.instructions") } }}
        >
          {grid}
          {/* The moving card is drawn above the page, so no column's scroll box clips it on the way. */}
          <DragOverlay dropAnimation={null}>
            {draggingCard ? (
              <div className="rounded border-2 border-brand-700 bg-white p-2 text-sm font-bold shadow-lg">
                {draggingCard.company.name}
              </div>
            ) : null}
          </DragOverlay>
        </DndContext>
      )}
    </>
  );
}
