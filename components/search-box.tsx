"use client";
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { useTranslations } from "next-intl";

export type Suggestion = { kind: "CASE" | "CHALLENGE" | "COMPANY"; id: string; title: string; href: string };

type Props = {
  /** Visible label text; in the header it is visually hidden but still read out. */
  label: string;
  hideLabel?: boolean;
  defaultValue?: string;
  /** Extra state kept on submit (the search page keeps its tab and filters). */
  keep?: [string, string][];
  compact?: boolean;
  testId?: string;
};

const DEBOUNCE_MS = 200;

/**
 * A GET form to /search that works without JavaScript; with it, the input becomes a WAI-ARIA
 * combobox (APG "list autocomplete"): suggestions in a listbox, arrow keys move the active option
 * (aria-activedescendant, focus stays in the input), Enter opens it, Escape closes the list.
 */
export function SearchBox({ label, hideLabel, defaultValue = "", keep = [], compact, testId }: Props) {
  const t = useTranslations("search.box");
  const router = useRouter();
  const uid = useId();
  const inputId = `${uid}-q`;
  const listId = `${uid}-list`;
  const [value, setValue] = useState(defaultValue);
  const [items, setItems] = useState<Suggestion[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [loading, setLoading] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const request = useRef<AbortController>(undefined);

  useEffect(
    () => () => {
      clearTimeout(timer.current);
      request.current?.abort();
    },
    [],
  );

  const fetchSuggestions = (q: string) => {
    clearTimeout(timer.current);
    request.current?.abort();
    if (!q.trim()) {
      setItems([]);
      setOpen(false);
      setLoading(false);
      return;
    }
    setLoading(true);
    timer.current = setTimeout(async () => {
      const ctrl = new AbortController();
      request.current = ctrl;
      try {
        const res = await fetch(`/api/search/suggest?q=${encodeURIComponent(q.trim())}`, { signal: ctrl.signal });
        const body = res.ok ? ((await res.json()) as { items?: Suggestion[] }) : { items: [] };
        setItems(body.items ?? []);
        setActive(-1);
        setOpen(true);
      } catch {
        // Aborted by a newer keystroke, or offline: the plain search still works.
      } finally {
        if (request.current === ctrl) setLoading(false);
      }
    }, DEBOUNCE_MS);
  };

  const close = () => {
    setOpen(false);
    setActive(-1);
  };
  const go = (s: Suggestion) => {
    close();
    router.push(s.href);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const n = items.length;
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      if (!n) return;
      e.preventDefault();
      setOpen(true);
      const down = e.key === "ArrowDown";
      setActive((a) => (!open ? (down ? 0 : n - 1) : down ? (a + 1) % n : a <= 0 ? n - 1 : a - 1));
    } else if (e.key === "Enter" && open && active >= 0 && items[active]) {
      e.preventDefault();
      go(items[active]);
    } else if (e.key === "Escape") {
      if (open) {
        e.preventDefault();
        close();
      } else if (value) {
        setValue("");
        fetchSuggestions("");
      }
    }
  };

  const showList = open && items.length > 0;
  const activeId = showList && active >= 0 ? `${uid}-opt-${active}` : undefined;
  const status = loading ? "" : open ? (items.length ? t("count", { count: items.length }) : t("noSuggestions")) : "";

  return (
    <form
      role="search"
      method="get"
      action="/search"
      className={`relative flex w-full items-end gap-2 ${compact ? "" : "flex-wrap sm:flex-nowrap"}`}
      data-testid={testId}
      onSubmit={(e) => {
        e.preventDefault();
        close();
        const params = new URLSearchParams();
        for (const [k, v] of new FormData(e.currentTarget)) if (typeof v === "string" && v) params.append(k, v);
        router.push(params.size ? `/search?${params}` : "/search");
      }}
    >
      {keep.map(([k, v], i) => (
        <input key={`${k}-${i}`} type="hidden" name={k} value={v} />
      ))}
      <div className="relative min-w-0 flex-1">
        <label htmlFor={inputId} className={hideLabel ? "sr-only" : "mb-1 block font-medium"}>
          {label}
        </label>
        <input
          id={inputId}
          name="q"
          type="search"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={showList}
          aria-controls={listId}
          aria-activedescendant={activeId}
          autoComplete="off"
          maxLength={100}
          placeholder={t("placeholder")}
          value={value}
          onChange={(e) => {
            setValue(e.target.value);
            fetchSuggestions(e.target.value);
          }}
          onKeyDown={onKeyDown}
          onFocus={() => {
            if (items.length) setOpen(true);
          }}
          onBlur={close}
          className={`block w-full rounded border border-stone-400 bg-white px-3 text-base ${compact ? "min-h-10 py-1.5" : "min-h-11 py-2"}`}
        />
        <ul
          id={listId}
          role="listbox"
          aria-label={t("suggestions")}
          hidden={!showList}
          className="absolute left-0 top-full z-30 mt-1 max-h-96 w-full min-w-72 overflow-auto md:min-w-96 rounded border border-stone-300 bg-white py-1 shadow-lg"
        >
          {items.map((s, i) => (
            <li
              key={`${s.kind}-${s.id}`}
              id={`${uid}-opt-${i}`}
              role="option"
              aria-selected={i === active}
              // mousedown, not click: the input would lose focus (and close the list) before a click lands.
              onMouseDown={(e) => {
                e.preventDefault();
                go(s);
              }}
              onMouseMove={() => setActive(i)}
              className={`flex cursor-pointer items-baseline gap-2 px-3 py-2 text-sm ${i === active ? "bg-brand-100 text-brand-800" : "text-stone-900"}`}
            >
              <span className="shrink-0 rounded bg-stone-100 px-1.5 py-0.5 text-xs text-stone-700">
                {t(`kind.${s.kind}`)}
              </span>
              <span className="min-w-0 break-words">{s.title}</span>
            </li>
          ))}
        </ul>
        {/* aria-live without role="status": pages keep a single status role for their own save messages. */}
        <span aria-live="polite" aria-atomic="true" className="sr-only">
          {status}
        </span>
      </div>
      <button
        type="submit"
        className={`inline-flex shrink-0 items-center justify-center rounded bg-brand-700 px-4 font-medium text-white hover:bg-brand-800 ${compact ? "min-h-10" : "min-h-11"}`}
      >
        {t("submit")}
      </button>
    </form>
  );
}
