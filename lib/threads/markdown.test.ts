import fc from "fast-check";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { MessageText, parseMessage } from "./markdown";
import { MESSAGE_MAX, postMessageSchema } from "./schema";

const html = (body: string) => renderToStaticMarkup(createElement(MessageText, { body }));

describe("markdown-lite", () => {
  it("renders bold, line breaks, bullets and links", () => {
    const out = html("**重要**なお知らせ\n2行目\n\n- 一つ目\n- 二つ目 https://example.jp/a?b=1。");
    expect(out).toContain("<strong>重要</strong>なお知らせ");
    expect(out).toContain("<br/>");
    expect(out).toContain("<li>一つ目</li>");
    expect(out).toContain('<a href="https://example.jp/a?b=1" target="_blank" rel="noopener noreferrer nofollow"');
    expect(out).toContain(">https://example.jp/a?b=1</a>。");
  });

  it("shows script tags and raw HTML as text", () => {
    const out = html('<script>alert(1)</script><img src=x onerror="alert(2)"><b>x</b>');
    expect(out).not.toMatch(/<script|<img|<b>/);
    expect(out).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(out).toContain("&lt;img src=x onerror=&quot;alert(2)&quot;&gt;");
  });

  it("never links javascript:, data: or other schemes", () => {
    for (const s of [
      "javascript:alert(1)",
      "JaVaScRiPt:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "vbscript:x",
      "[x](javascript:alert(1))",
      "**javascript:alert(1)**",
    ]) {
      const out = html(s);
      expect(out).not.toContain("<a ");
      expect(out).not.toMatch(/href="(?!https?:)/i);
    }
  });

  it("links only the http part after a hostile prefix, and quotes cannot break out", () => {
    const out = html('javascript:alert(1)//https://evil.example/"onmouseover="x');
    expect(out).toContain('href="https://evil.example/"');
    expect(out).not.toContain('onmouseover="x"');
  });

  it("fuzz: any text renders without throwing; every href is http(s) and no tag other than ours appears", () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom(
            "<",
            ">",
            "*",
            "-",
            " ",
            "\n",
            "h",
            "t",
            "p",
            "s",
            ":",
            "/",
            "a",
            '"',
            "'",
            "javascript:",
            "https://",
            "**",
            "あ",
          ),
        }),
        (s) => {
          const out = html(s);
          for (const m of out.matchAll(/href="([^"]*)"/g)) expect(m[1]).toMatch(/^https?:\/\//);
          expect(out.replace(/<\/?(div|p|span|br|strong|ul|li|a)(\s[^>]*)?\/?>/g, "")).not.toMatch(/<|>/);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("collapses blank lines and drops empty paragraphs", () => {
    expect(parseMessage("\n\n\na\n\n\n\nb\n\n")).toHaveLength(2);
  });
});

describe("postMessageSchema fuzz", () => {
  it("never throws; accepts a body or files, refuses neither", () => {
    let accepted = 0;
    fc.assert(
      fc.property(
        fc.record({
          threadId: fc.oneof(fc.string(), fc.constant("ckabc123")),
          // Lengths around the limit, or the upper bound below is never reached.
          body: fc.oneof(
            fc.string(),
            fc.integer({ min: MESSAGE_MAX - 5, max: MESSAGE_MAX + 5 }).map((n) => "あ".repeat(n)),
            fc.constant(undefined),
          ),
          files: fc.constant(undefined),
        }),
        (raw) => {
          const r = postMessageSchema.safeParse(raw);
          if (r.success) {
            accepted++;
            expect(r.data.body.length).toBeGreaterThan(0);
            expect(r.data.body.length).toBeLessThanOrEqual(MESSAGE_MAX);
          }
        },
      ),
      { numRuns: 300 },
    );
    expect(accepted).toBeGreaterThan(20);
    expect(postMessageSchema.safeParse({ threadId: "ckabc123", body: "   " }).success).toBe(false);
  });
});
