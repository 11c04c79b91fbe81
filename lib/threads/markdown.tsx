// Markdown-lite for messages: **bold**, line breaks, "- " bullet lines and http(s) links. The
// text is parsed into a tiny tree and rendered as React elements, so everything else — <script>,
// <img onerror>, raw HTML, javascript: URLs — reaches the page as plain text, escaped by React.
// There is deliberately no dangerouslySetInnerHTML anywhere on this path.
import type { ReactNode } from "react";

export type Inline =
  | { type: "text"; text: string }
  | { type: "strong"; children: Inline[] }
  | { type: "link"; href: string; text: string };
export type Block = { type: "p"; lines: Inline[][] } | { type: "ul"; items: Inline[][] };

// Only http(s), and the URL ends at whitespace or at Japanese punctuation that often follows it.
const TOKEN = /\*\*([^*\n]+?)\*\*|(https?:\/\/[^\s<>"'`、。，．「」『』（）【】]+)/g;
const TRAILING = /[.,;:!?)\]}'"]+$/;

function safeHref(raw: string): string | null {
  try {
    const u = new URL(raw);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
  } catch {
    return null;
  }
}

export function parseInline(text: string, allowBold = true): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  const push = (t: string) => {
    if (!t) return;
    const prev = out[out.length - 1];
    if (prev?.type === "text") prev.text += t;
    else out.push({ type: "text", text: t });
  };
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index;
    if (m[1] !== undefined) {
      if (!allowBold) continue;
      push(text.slice(last, start));
      out.push({ type: "strong", children: parseInline(m[1], false) });
      last = start + m[0].length;
      continue;
    }
    const url = m[2].replace(TRAILING, "");
    const href = safeHref(url);
    if (!href) continue;
    push(text.slice(last, start));
    out.push({ type: "link", href, text: url });
    last = start + url.length;
  }
  push(text.slice(last));
  return out;
}

export function parseMessage(body: string): Block[] {
  const blocks: Block[] = [];
  for (const line of body.replace(/\r\n?/g, "\n").split("\n")) {
    const prev = blocks[blocks.length - 1];
    const bullet = /^\s*[-・]\s+(.*)$/.exec(line);
    if (bullet) {
      if (prev?.type === "ul") prev.items.push(parseInline(bullet[1]));
      else blocks.push({ type: "ul", items: [parseInline(bullet[1])] });
    } else if (line.trim() === "") {
      // A blank line ends the paragraph; several in a row collapse.
      if (prev?.type === "p" && prev.lines.length > 0) blocks.push({ type: "p", lines: [] });
    } else if (prev?.type === "p") {
      prev.lines.push(parseInline(line));
    } else {
      blocks.push({ type: "p", lines: [parseInline(line)] });
    }
  }
  return blocks.filter((b) => (b.type === "p" ? b.lines.length > 0 : true));
}

function renderInline(nodes: Inline[]): ReactNode[] {
  return nodes.map((n, i) => {
    if (n.type === "text") return n.text;
    if (n.type === "strong") return <strong key={i}>{renderInline(n.children)}</strong>;
    return (
      <a key={i} href={n.href} target="_blank" rel="noopener noreferrer nofollow" className="break-all underline">
        {n.text}
      </a>
    );
  });
}

export function MessageText({ body }: { body: string }) {
  return (
    <div className="space-y-2 break-words">
      {parseMessage(body).map((b, i) =>
        b.type === "ul" ? (
          <ul key={i} className="list-disc space-y-1 pl-6">
            {b.items.map((item, j) => (
              <li key={j}>{renderInline(item)}</li>
            ))}
          </ul>
        ) : (
          <p key={i}>
            {b.lines.map((line, j) => (
              <span key={j}>
                {j > 0 ? <br /> : null}
                {renderInline(line)}
              </span>
            ))}
          </p>
        ),
      )}
    </div>
  );
}
