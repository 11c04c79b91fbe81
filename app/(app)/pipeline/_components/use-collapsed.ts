"use client";
import { useCallback, useMemo, useSyncExternalStore } from "react";
import { ALL_STAGES, type Stage } from "@/lib/matches/stages";

// Which board columns are folded, remembered per browser (localStorage): a coordinator who opens
// 見送り keeps it open on the next visit. Closed stages start folded: they only grow, and nobody works them daily.
export const DEFAULT_COLLAPSED: readonly Stage[] = ["DECLINED"];
const KEY = "kyoso.pipeline.collapsed";
const EVENT = "kyoso-pipeline-collapsed";
let memory: string | null = null; // when localStorage is blocked (private mode, policy)

function read(): string | null {
  try {
    return window.localStorage.getItem(KEY);
  } catch {
    return memory;
  }
}

function subscribe(onChange: () => void) {
  window.addEventListener("storage", onChange);
  window.addEventListener(EVENT, onChange);
  return () => {
    window.removeEventListener("storage", onChange);
    window.removeEventListener(EVENT, onChange);
  };
}

/** Parses what was stored; anything unknown (an old or hand-edited value) falls back to the default. */
export function parseCollapsed(raw: string | null): Stage[] {
  if (raw === null) return [...DEFAULT_COLLAPSED];
  try {
    const v: unknown = JSON.parse(raw);
    if (!Array.isArray(v)) return [...DEFAULT_COLLAPSED];
    return ALL_STAGES.filter((s) => v.includes(s));
  } catch {
    return [...DEFAULT_COLLAPSED];
  }
}

export function useCollapsed() {
  // The server and the first client render use the default; the stored choice applies right after.
  const raw = useSyncExternalStore(subscribe, read, () => null);
  const collapsed = useMemo(() => new Set(parseCollapsed(raw)), [raw]);
  const set = useCallback((stage: Stage, fold: boolean) => {
    const next = new Set(parseCollapsed(read()));
    if (next.has(stage) === fold) return;
    if (fold) next.add(stage);
    else next.delete(stage);
    const value = JSON.stringify(ALL_STAGES.filter((s) => next.has(s)));
    try {
      window.localStorage.setItem(KEY, value);
    } catch {
      memory = value;
    }
    window.dispatchEvent(new Event(EVENT));
  }, []);
  return { collapsed, set };
}
