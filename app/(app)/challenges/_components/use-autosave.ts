"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/action";
import { saveChallengeDraftAction } from "@/lib/challenges/actions";
import type { RevisionGuard } from "@/lib/challenges/schema";
import { toPayload, type WizardState } from "./form-state";

/** After the clerk stops typing this long, the draft saves itself. */
export const AUTOSAVE_DELAY_MS = 2500;

export type SaveStatus =
  | { kind: "idle" }
  | { kind: "dirty" }
  | { kind: "saving" }
  | { kind: "saved"; at: string }
  | { kind: "error"; message: string }
  | { kind: "stale" }
  | { kind: "notDraft" };

type Payload = ReturnType<typeof toPayload>;
/** A write that goes through the queue: it gets the id and the versions to build on (none when overwriting). */
export type Write<T> = (ctx: { id?: string; guard?: RevisionGuard }) => Promise<ActionResult<T>>;

// crypto.randomUUID needs a secure context; getRandomValues works everywhere.
function token(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, "0")).join("");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/**
 * The wizard's saving, in one queue so that two saves of one tab never race each other (the
 * first save must create the draft before the second can update it). Each save names the versions
 * it builds on: the last one confirmed, plus any whose answer was lost (offline), because those may
 * have been written. The server refuses a save built on anything else (another tab saved first).
 */
export function useAutosave(opts: {
  id?: string;
  revision?: string;
  initial: WizardState;
  state: WizardState;
  /** Drafts save themselves; a published challenge's edits wait for 「変更を保存する」. */
  auto: boolean;
  onCreated: (id: string) => void;
}) {
  const t = useTranslations("challenges.wizard");
  const te = useTranslations("errors");
  const [status, setStatus] = useState<SaveStatus>({ kind: "idle" });
  const id = useRef(opts.id);
  const confirmed = useRef(opts.revision);
  const unknown = useRef<string[]>([]);
  const saved = useRef(JSON.stringify(toPayload(opts.initial, undefined)));
  const latest = useRef(opts.state);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const blocked = useRef(false);
  const inFlight = useRef(0);
  const discarded = useRef(false);
  const onCreated = useRef(opts.onCreated);
  useEffect(() => {
    latest.current = opts.state;
    onCreated.current = opts.onCreated;
  });

  const dirty = () => JSON.stringify(toPayload(latest.current, undefined)) !== saved.current;

  /** Runs `write` after every earlier save; a lost answer keeps its token as a possible base. */
  const enqueue = useCallback(
    <T>(write: Write<T>, { force = false, quiet = false } = {}): Promise<ActionResult<T> | null> => {
      inFlight.current++;
      const run = async (): Promise<ActionResult<T> | null> => {
        const revision = token();
        const baseRevisions = [confirmed.current, ...unknown.current].filter((x): x is string => !!x);
        if (!quiet) setStatus({ kind: "saving" });
        try {
          const r = await write({ id: id.current, guard: force ? undefined : { revision, baseRevisions } });
          // quiet: 公開する shows its own errors next to the fields; the draft itself is saved.
          if (!r.ok && !quiet)
            setStatus({ kind: "error", message: t("autosave.failed", { reason: r.formError ?? "" }) });
          return r;
        } catch {
          unknown.current = [...unknown.current, revision].slice(-7);
          const offline = typeof navigator !== "undefined" && !navigator.onLine;
          setStatus({
            kind: "error",
            message: offline ? t("autosave.offline") : t("autosave.failed", { reason: te("INTERNAL") }),
          });
          return null;
        } finally {
          inFlight.current--;
        }
      };
      const p = queue.current.then(run, run);
      queue.current = p;
      return p;
    },
    [t, te],
  );

  /** Records a write the server confirmed, so the next save builds on it. */
  const confirm = useCallback((r: { id: string; revision: string; savedAt: string }, sent: Payload, show = true) => {
    if (!id.current) {
      id.current = r.id;
      onCreated.current(r.id);
    }
    confirmed.current = r.revision;
    unknown.current = [];
    saved.current = JSON.stringify({ ...sent, id: undefined });
    setStatus(show ? { kind: "saved", at: r.savedAt } : { kind: "idle" });
  }, []);

  /**
   * Saves the draft now if anything changed. `typing`: a timer fired while the clerk may be in the
   * middle of a word, so a new department name is not created yet (it would leave 「防」「防災」 in the
   * municipality's list); it is saved on the next step change or leave.
   */
  const save = useCallback(
    async ({ typing = false, force = false } = {}): Promise<boolean> => {
      if (blocked.current && !force) return false;
      const s = latest.current;
      const sent = toPayload(
        typing && s.departmentName ? { ...s, departmentId: opts.initial.departmentId, departmentName: "" } : s,
        undefined,
      );
      if (JSON.stringify(sent) === saved.current && !force) return true;
      const r = await enqueue(({ id, guard }) => saveChallengeDraftAction({ ...sent, ...guard, id }), { force });
      if (!r?.ok) return false;
      if (!r.data.ok) {
        blocked.current = true;
        setStatus({ kind: r.data.reason === "stale" ? "stale" : "notDraft" });
        return false;
      }
      blocked.current = false;
      confirm(r.data, sent);
      return !typing || !dirty();
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [enqueue, confirm],
  );

  // Debounced: each keystroke restarts the timer.
  useEffect(() => {
    if (!opts.auto || blocked.current || !dirty()) return;
    setStatus((st) => (st.kind === "error" || st.kind === "saving" ? st : { kind: "dirty" }));
    const timer = setTimeout(() => void save({ typing: true }), AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opts.state, opts.auto]);

  // Back online, or the tab is being hidden (the clerk may close it next): save what is pending.
  useEffect(() => {
    if (!opts.auto) return;
    const now = () => void (dirty() && save());
    const hidden = () => document.visibilityState === "hidden" && now();
    window.addEventListener("online", now);
    document.addEventListener("visibilitychange", hidden);
    return () => {
      window.removeEventListener("online", now);
      document.removeEventListener("visibilitychange", hidden);
    };
  }, [opts.auto, save]);

  return {
    status,
    /** Unsaved input, or a save still on its way: leaving now could lose it. */
    unsaved: () => !discarded.current && (dirty() || inFlight.current > 0),
    save,
    /** Stale: the clerk chose to keep this tab's text over the version saved elsewhere. */
    overwrite: () => save({ force: true }),
    enqueue,
    confirm,
    /** After 公開する, or when the clerk reloads to take the other tab's version: nothing more to save here. */
    stop: () => {
      blocked.current = true;
      discarded.current = true;
    },
    get id() {
      return id.current;
    },
  };
}
