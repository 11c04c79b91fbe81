import { Fragment } from "react";
import { HIGHLIGHT_END, HIGHLIGHT_START } from "@/lib/search/types";

/**
 * Matches arrive wrapped in control-character markers, never as HTML: we split on them and let
 * React escape every piece, so a title containing "<script>" stays text.
 */
export function Highlighted({ text }: { text: string }) {
  const parts = splitHighlights(text);
  return (
    <>
      {parts.map((p, i) =>
        p.hit ? (
          <mark key={i} className="rounded-sm bg-yellow-200 px-0.5 text-inherit">
            {p.text}
          </mark>
        ) : (
          <Fragment key={i}>{p.text}</Fragment>
        ),
      )}
    </>
  );
}

export function splitHighlights(text: string): { text: string; hit: boolean }[] {
  const out: { text: string; hit: boolean }[] = [];
  let hit = false;
  let buf = "";
  for (const ch of text) {
    if (ch === HIGHLIGHT_START || ch === HIGHLIGHT_END) {
      if (buf) out.push({ text: buf, hit });
      buf = "";
      hit = ch === HIGHLIGHT_START;
    } else buf += ch;
  }
  if (buf) out.push({ text: buf, hit });
  return out;
}
