import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tinyDocx, tinyExe, tinyPdf, tinyPng, tinyZip } from "@/tests/fixtures/threads";
import { postMessageFormSchema } from "./schema";
import { checkDocument } from "./file-check";
import { contentDisposition, neutraliseFileName } from "./file-name";

describe("checkDocument (content, not name)", () => {
  it("accepts a real PDF and PNG with matching names", async () => {
    expect(await checkDocument(tinyPdf(), "提案書.pdf")).toEqual({
      ok: true,
      mimeType: "application/pdf",
      fileName: "提案書.pdf",
    });
    expect(await checkDocument(tinyPng(), "写真.PNG")).toEqual({
      ok: true,
      mimeType: "image/png",
      fileName: "写真.PNG",
    });
  });

  it("accepts an Office (OOXML) file by its content, but not a plain zip", async () => {
    expect(await checkDocument(tinyDocx(), "仕様書.docx")).toMatchObject({
      ok: true,
      mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    });
    expect(await checkDocument(tinyDocx(), "仕様書.xlsx")).toMatchObject({ ok: false });
    expect(await checkDocument(tinyZip({ "a.txt": "hello" }), "a.docx")).toMatchObject({ ok: false });
  });

  it("adds the extension when the name has none", async () => {
    expect(await checkDocument(tinyPdf(), "見積書")).toMatchObject({ ok: true, fileName: "見積書.pdf" });
  });

  it("rejects an .exe renamed .pdf", async () => {
    const r = await checkDocument(tinyExe(), "見積書.pdf");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/一致しません|対応していない/);
  });

  it("rejects an HTML page named .png", async () => {
    const html = new TextEncoder().encode("<!doctype html><html><script>alert(1)</script></html>");
    const r = await checkDocument(html, "photo.png");
    expect(r).toMatchObject({ ok: false });
    if (!r.ok) expect(r.message).toContain("対応していない形式");
  });

  it("rejects a PNG named .pdf (name and content disagree)", async () => {
    const r = await checkDocument(tinyPng(), "report.pdf");
    expect(r).toMatchObject({ ok: false });
    if (!r.ok) expect(r.message).toContain("一致しません");
  });

  it("rejects a 21 MB file and an empty one", async () => {
    const big = new Uint8Array(21 * 1024 * 1024);
    big.set(tinyPdf());
    const r = await checkDocument(big, "big.pdf");
    expect(r).toMatchObject({ ok: false });
    if (!r.ok) expect(r.message).toContain("20MB");
    expect(await checkDocument(new Uint8Array(0), "a.pdf")).toMatchObject({ ok: false });
  });
});

describe("neutraliseFileName", () => {
  it("strips path parts", () => {
    expect(neutraliseFileName("../../etc/passwd")).toBe("passwd");
    expect(neutraliseFileName("..\\..\\windows\\system32\\evil.pdf")).toBe("evil.pdf");
    expect(neutraliseFileName("..")).toBe("file");
    expect(neutraliseFileName("/")).toBe("file");
  });

  it("removes control and bidi-override characters", () => {
    expect(neutraliseFileName("invoice\u202Efdp.exe")).toBe("invoicefdp.exe");
    expect(neutraliseFileName("a\u0000b\u0007c.pdf")).toBe("abc.pdf");
    expect(neutraliseFileName("line\r\nbreak.pdf")).toBe("linebreak.pdf");
    expect(neutraliseFileName('x"<>|?*:.pdf')).toBe("x_______.pdf");
  });

  it("keeps Japanese names and the extension of very long names", () => {
    expect(neutraliseFileName("令和6年度 提案書（加賀市）.docx")).toBe("令和6年度 提案書（加賀市）.docx");
    const long = neutraliseFileName(`${"あ".repeat(500)}.pdf`);
    expect([...long].length).toBeLessThanOrEqual(120);
    expect(long.endsWith(".pdf")).toBe(true);
  });

  it("fuzz: never throws, never yields /, \\, control characters or an empty name", () => {
    const bad = /[/\\\p{Cc}\p{Cf}]/u;
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: "binary" }),
          fc.string({ unit: "grapheme" }),
          fc.constantFrom("../", "..\\", "\u202E", "\u0000", ".."),
        ),
        (s) => {
          const name = neutraliseFileName(s);
          expect(name.length).toBeGreaterThan(0);
          expect(bad.test(name)).toBe(false);
          expect([...name].length).toBeLessThanOrEqual(120);
          expect(name === "." || name === "..").toBe(false);
          // The header builder must not throw either (encodeURIComponent throws on lone surrogates).
          expect(contentDisposition(s)).toMatch(
            /^attachment; filename="[\x20-\x7e]*"; filename\*=UTF-8''[A-Za-z0-9%!._~-]*$/,
          );
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe("contentDisposition", () => {
  it("gives an ASCII fallback and the exact UTF-8 name", () => {
    expect(contentDisposition("提案書.pdf")).toBe(
      `attachment; filename="___.pdf"; filename*=UTF-8''%E6%8F%90%E6%A1%88%E6%9B%B8.pdf`,
    );
    expect(contentDisposition('a"b;c.pdf')).toBe(`attachment; filename="a_b_c.pdf"; filename*=UTF-8''a_b%3Bc.pdf`);
  });
});

describe("reply FormData", () => {
  it("drops the empty entry an unused file input sends, keeps real files", () => {
    const fd = new FormData();
    fd.set("threadId", "ckabc123");
    fd.set("body", "本文");
    fd.append("files", new File([], ""));
    fd.append("files", "");
    expect(postMessageFormSchema.parse(fd)).toMatchObject({ body: "本文", files: [] });
    fd.append("files", new File([tinyPdf() as BlobPart], "a.pdf"));
    expect(postMessageFormSchema.parse(fd).files).toHaveLength(1);
  });

  it("refuses a 21 MB file and a fourth file before reading them", () => {
    const fd = new FormData();
    fd.set("threadId", "ckabc123");
    fd.append("files", new File([new Uint8Array(21 * 1024 * 1024)], "big.pdf"));
    const r = postMessageFormSchema.safeParse(fd);
    expect(r.success).toBe(false);
    expect(JSON.stringify(r.error?.issues)).toContain("20MB");
    const many = new FormData();
    many.set("threadId", "ckabc123");
    for (let i = 0; i < 4; i++) many.append("files", new File([tinyPdf() as BlobPart], `${i}.pdf`));
    expect(postMessageFormSchema.safeParse(many).success).toBe(false);
  });
});
