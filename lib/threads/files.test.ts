import fc from "fast-check";
import { describe, expect, it } from "vitest";
// @ts-expect-error -- Next's bundled busboy (the parser its server actions use) ships no types.
import nextBusboy from "next/dist/compiled/busboy";
import { db } from "@/lib/db";
import { createUser } from "@/tests/fixtures/factories";
import { threadBetween } from "@/tests/fixtures/threads";
import { postMessage } from "./mutations";
import { tinyDocx, tinyExe, tinyPdf, tinyPng, tinyZip } from "@/tests/fixtures/threads";
import { postMessageFormSchema } from "./schema";
import { checkDocument } from "./file-check";
import { contentDisposition, neutraliseFileName, withCleanName } from "./file-name";

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

// Names as a hostile uploader or a broken machine makes them: control characters (NUL, ESC, DEL, C1),
// bidi overrides and invisible characters, path separators and "..", characters Windows forbids,
// lone surrogates, Japanese, and absurd lengths, in any mix.
const hostileName = fc
  .array(
    fc.oneof(
      fc.constantFrom("\u0000", "\u0007", "\u001b[31m", "\u007f", "\u0085", "\r\n", "\t", "\u2028"),
      fc.constantFrom("\u202E", "\u202A", "\u2066", "\u200F", "\u200B", "\uFEFF", "\u061C"),
      fc.constantFrom("/", "\\", "..", "../", "..\\", ".", " ", "C:", '<>:"|?*', "%00", "\uD800", "\uDFFF"),
      fc.constantFrom("見積書", "令和6年度 提案書（加賀市）", "写真", "a".repeat(300), "あ".repeat(2000)),
      fc.constantFrom(".pdf", ".PDF", ".docx", ".exe", ".tar.gz", ".verylongextension"),
      fc.string({ unit: "binary", maxLength: 20 }),
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(""));

type MultipartParser = {
  on(event: "file", cb: (field: string, stream: { resume(): void }, info: { filename: string }) => void): void;
  on(event: "close", cb: () => void): void;
  on(event: "error", cb: (e: Error) => void): void;
  end(chunk: Buffer): void;
};
const busboy = nextBusboy as (o: { headers: Record<string, string>; defParamCharset: string }) => MultipartParser;

/** Sends `name` the way a browser does (FormData → multipart) through the parser Next's actions use. */
function multipartFileName(name: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const fd = new FormData();
    fd.append("files", new File([tinyPdf() as BlobPart], name, { type: "application/pdf" }));
    const res = new Response(fd);
    const bb = busboy({ headers: { "content-type": res.headers.get("content-type")! }, defParamCharset: "utf8" });
    let seen = "";
    bb.on("file", (_field, stream, info) => {
      seen = info.filename;
      stream.resume();
    });
    bb.on("close", () => resolve(seen));
    bb.on("error", reject);
    void res.arrayBuffer().then((body) => bb.end(Buffer.from(body)), reject);
  });
}

describe("hostile file names (issue 15 F8: NUL in an uploaded name gave a 500)", () => {
  it("property: the cleaned name is short, visible, separator-free, stable and keeps a real extension", () => {
    const forbidden = /[/\\<>:"|?*\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\p{Co}\p{Cn}]/u;
    fc.assert(
      fc.property(hostileName, fc.constantFrom("", ".pdf", ".xlsx"), (raw, ext) => {
        for (const name of [neutraliseFileName(raw + ext), neutraliseFileName(`${raw}資料${ext}`)]) {
          expect(name.length).toBeGreaterThan(0);
          expect(forbidden.test(name)).toBe(false);
          expect([...name].length).toBeLessThanOrEqual(120);
          expect(name).not.toMatch(/^[\s.]|[\s.]$/);
          expect(neutraliseFileName(name)).toBe(name);
        }
        // With something visible before it, a real extension survives cleaning and shortening.
        expect(neutraliseFileName(`${raw}資料${ext}`).endsWith(ext)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it("a raw NUL in a name breaks the multipart parser Next uses; the cleaned name always gets through", async () => {
    await expect(multipartFileName("見積\u0000書.pdf")).rejects.toThrow(/Malformed part header/);
    await fc.assert(
      fc.asyncProperty(hostileName, async (raw) => {
        // A File's name is a USVString: lone surrogates are already U+FFFD there.
        const picked = new File([tinyPdf() as BlobPart], raw, { type: "application/pdf" });
        const clean = neutraliseFileName(picked.name);
        expect(await multipartFileName(clean)).toBe(clean);
        const file = withCleanName(picked);
        expect(file.name).toBe(clean);
        expect(new Uint8Array(await file.arrayBuffer())).toEqual(tinyPdf());
        expect(file.type).toBe("application/pdf");
      }),
      { numRuns: 300 },
    );
  });

  it("the content check keeps the file and stores only the cleaned name", async () => {
    const staff = await createUser({ role: "MUNICIPAL_STAFF" });
    const company = await createUser({ role: "COMPANY_MEMBER" });
    const thread = await threadBetween(staff, company);
    const raw = "..\\見積\u0000書\u0007\u202E\u001b[31m.pdf";
    const fd = new FormData();
    fd.set("threadId", thread.id);
    fd.append("files", new File([tinyPdf() as BlobPart], raw));
    expect(await postMessage(staff, postMessageFormSchema.parse(fd))).toMatchObject({ ok: true });
    const doc = await db.document.findFirstOrThrow({ where: { threadId: thread.id } });
    expect(doc.fileName).toBe("見積書[31m.pdf");
    expect(doc.mimeType).toBe("application/pdf");
  });
});
